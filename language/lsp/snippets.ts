/** Snippets offered next to the keyword that starts them, by the grammar rule of that keyword. */
export const SNIPPETS: Readonly<Record<string, { keyword: string; detail: string; body: string }>> = {
    Persona: {
        keyword: 'persona',
        detail: 'New persona with a description, goal, need and frustration',
        body: 'persona ${1:name} "${2:Label}" {\n\tdescription "${3:Who they are}"\n\tgoal "${4:What they want}"\n\tneed "${5:What they need}"\n\tfrustration "${6:What annoys them}"\n}\n$0'
    },
    Journey: {
        keyword: 'journey',
        detail: 'New journey with a persona, a model and a first stage',
        body: 'journey ${1:name} "${2:Label}" {\n\ttype ${3|current,future,day-in-the-life,blueprint|}\n\tpersona ${4:persona}\n\tmodel ${5|ACC,ACCSR,AIDA,ACPRA,ACCRA|}\n\n\tstage ${6:awareness} "${7:Awareness}" {\n\t\t$0\n\t}\n}'
    },
    Stage: {
        keyword: 'stage',
        detail: 'New stage with a first touchpoint',
        body: 'stage ${1:name} "${2:Label}" {\n\ttouchpoint ${3:name} "${4:Label}" {\n\t\tchannel ${5:web}\n\t\taction "${6:What the customer does}"\n\t\temotion ${7:3}\n\t}\n}'
    },
    Touchpoint: {
        keyword: 'touchpoint',
        detail: 'New touchpoint with channel, action, thought and emotion',
        body: 'touchpoint ${1:name} "${2:Label}" {\n\tchannel ${3:web}\n\taction "${4:What the customer does}"\n\tthought "${5:What they think}"\n\temotion ${6:3}\n}'
    }
};

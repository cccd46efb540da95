import * as l10n from '@vscode/l10n';

/**
 * Snippets offered next to the keyword that starts them, by the grammar rule of that keyword. Their
 * details and the texts they leave to be replaced are in the reader's language (getters: it is chosen
 * after this module loads); names stay placeholders.
 */
export const SNIPPETS: Readonly<Record<string, { keyword: string; detail: string; body: string }>> = {
    Persona: {
        keyword: 'persona',
        get detail() { return l10n.t('New persona with a description, goal, need and frustration'); },
        get body() { return `persona \${1:name} "\${2:${l10n.t('Label')}}" {\n\tdescription "\${3:${l10n.t('Who they are')}}"\n\tgoal "\${4:${l10n.t('What they want')}}"\n\tneed "\${5:${l10n.t('What they need')}}"\n\tfrustration "\${6:${l10n.t('What annoys them')}}"\n}\n$0`; }
    },
    Journey: {
        keyword: 'journey',
        get detail() { return l10n.t('New journey with a persona, a model and a first stage'); },
        get body() { return `journey \${1:name} "\${2:${l10n.t('Label')}}" {\n\ttype \${3|current,future,day-in-the-life,blueprint|}\n\tpersona \${4:persona}\n\tmodel \${5|ACC,ACCSR,AIDA,ACPRA,ACCRA|}\n\n\tstage \${6:awareness} "\${7:${l10n.t('Awareness')}}" {\n\t\t$0\n\t}\n}`; }
    },
    Stage: {
        keyword: 'stage',
        get detail() { return l10n.t('New stage with a first touchpoint'); },
        get body() { return `stage \${1:name} "\${2:${l10n.t('Label')}}" {\n\ttouchpoint \${3:name} "\${4:${l10n.t('Label')}}" {\n\t\tchannel \${5:web}\n\t\taction "\${6:${l10n.t('What the customer does')}}"\n\t\temotion \${7:3}\n\t}\n}`; }
    },
    Touchpoint: {
        keyword: 'touchpoint',
        get detail() { return l10n.t('New touchpoint with channel, action, thought and emotion'); },
        get body() { return `touchpoint \${1:name} "\${2:${l10n.t('Label')}}" {\n\tchannel \${3:web}\n\taction "\${4:${l10n.t('What the customer does')}}"\n\tthought "\${5:${l10n.t('What they think')}}"\n\temotion \${6:3}\n}`; }
    }
};

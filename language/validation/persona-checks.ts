import type { ValidationAcceptor } from 'langium';
import type { Journey, PersonaLine } from '../generated/ast.js';
import { isJourney, isPersonaLine, isTouchpoint } from '../generated/ast.js';
import { journeyPersonas } from '../ast-helpers.js';
import { report } from './report.js';

/** A map should follow one or two personas; more gets JM009. */
export const MAX_PERSONAS_PER_JOURNEY = 2;

/** JM016 (no persona), JM009 (too many personas), JM005 (a touchpoint persona the journey does not follow). */
export class PersonaChecks {
    checkJourneyPersonas(journey: Journey, accept: ValidationAcceptor): void {
        const lines = journey.headers.filter(isPersonaLine);
        if (lines.length === 0) {
            report(accept, 'JM016', `Journey \`${journey.name}\` follows no persona: add \`persona NAME\` (a map follows one or two personas).`,
                { node: journey, property: 'name' });
            return;
        }
        const seen = new Set<string>();
        for (const line of lines) {
            line.personas.forEach((ref, index) => {
                const name = ref.$refText.normalize('NFC');
                if (seen.has(name)) {
                    return;
                }
                seen.add(name);
                if (seen.size === MAX_PERSONAS_PER_JOURNEY + 1) {
                    report(accept, 'JM009',
                        `This journey follows ${countPersonas(journey)} personas: a map that follows more than ${MAX_PERSONAS_PER_JOURNEY} no longer reflects anyone's experience. Split it.`,
                        { node: line, property: 'personas', index });
                }
            });
        }
    }

    checkTouchpointPersonas(line: PersonaLine, accept: ValidationAcceptor): void {
        const touchpoint = line.$container;
        if (!isTouchpoint(touchpoint)) {
            return;
        }
        const journey = touchpoint.$container.$container;
        if (!isJourney(journey)) {
            return;
        }
        const followed = journeyPersonas(journey);
        line.personas.forEach((ref, index) => {
            const persona = ref.ref;
            if (persona && !followed.includes(persona)) {
                const names = followed.map(p => `\`${p.name}\``).join(', ') || 'none';
                report(accept, 'JM005', `\`${persona.name}\` is not one of this journey's personas (${names}): add it to the journey's \`persona\` line, or pick one of those.`,
                    { node: line, property: 'personas', index });
            }
        });
    }
}

function countPersonas(journey: Journey): number {
    return new Set(journey.headers.filter(isPersonaLine).flatMap(line => line.personas.map(ref => ref.$refText.normalize('NFC')))).size;
}

import * as l10n from '@vscode/l10n';
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
            report(accept, 'JM016', l10n.t('Journey `{0}` follows no persona: add `persona NAME` (a map follows one or two personas).', journey.name),
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
                        l10n.t("This journey follows {0} personas: a map that follows more than {1} no longer reflects anyone's experience. Split it.", countPersonas(journey), MAX_PERSONAS_PER_JOURNEY),
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
                const names = followed.map(p => `\`${p.name}\``).join(', ') || l10n.t('none');
                report(accept, 'JM005', l10n.t("`{0}` is not one of this journey's personas ({1}): add it to the journey's `persona` line, or pick one of those.", persona.name, names),
                    { node: line, property: 'personas', index });
            }
        });
    }
}

function countPersonas(journey: Journey): number {
    return new Set(journey.headers.filter(isPersonaLine).flatMap(line => line.personas.map(ref => ref.$refText.normalize('NFC')))).size;
}

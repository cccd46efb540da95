// vitest globalSetup of the editor project: when the editor tests are skipped, say so again after
// all tests, where the summary is read, so that "passed" is never taken for "tested in VS Code".
import { editorTestsBlockedBy, editorTestsRequired, skipBanner } from './requirements.js';

export default function setup(): () => void {
    return () => {
        const blocked = editorTestsBlockedBy();
        if (blocked !== undefined && !editorTestsRequired()) process.stderr.write(skipBanner(blocked) + '\n');
    };
}

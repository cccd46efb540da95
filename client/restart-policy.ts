import { l10n } from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message } from 'vscode-languageclient/node';

/** How many times the server may stop within RESTART_WINDOW_MS and still be restarted (as vscode-languageclient's default). */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/**
 * When the language server dies, start it again. vscode-languageclient's default handler does that
 * when it notices the death by the connection closing; but if the client writes to the server first
 * (edits typed at that moment), each write fails with EPIPE, the default answers the fourth failure
 * with "shut down", and the server is never restarted (found by test/editor/suite/restart.test.ts).
 * A failed write (it comes with the message that could not be written) therefore continues here:
 * the connection's close follows and decides.
 */
export class RestartPolicy implements ErrorHandler {
    private readonly stops: number[] = [];

    error(_error: Error, message: Message | undefined, count: number | undefined): ErrorHandlerResult {
        if (message !== undefined) {
            return { action: ErrorAction.Continue, handled: true };
        }
        // Messages the client could not read: a few may be noise, more mean a broken connection.
        return count !== undefined && count <= 3 ? { action: ErrorAction.Continue } : { action: ErrorAction.Shutdown };
    }

    closed(): CloseHandlerResult {
        const now = Date.now();
        this.stops.push(now);
        while (this.stops.length > 0 && now - this.stops[0] > RESTART_WINDOW_MS) {
            this.stops.shift();
        }
        if (this.stops.length <= MAX_RESTARTS) {
            return { action: CloseAction.Restart };
        }
        return {
            action: CloseAction.DoNotRestart,
            message: l10n.t('The Journey Maps language server stopped {0} times in 3 minutes and is not restarted again. Its log is in the "Journey Maps" output. Run "Journey: Restart Language Server" to start it again.', this.stops.length)
        };
    }

    /** Forgets earlier stops: a restart the user asks for starts a new count. */
    reset(): void {
        this.stops.length = 0;
    }
}

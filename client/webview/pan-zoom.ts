import { naturalSize } from './svg-size.js';

/**
 * Zoom and scroll of the diagram. A diagram opens at 100%, its natural size, where Mermaid draws
 * labels at 14–16 px: a map wider than the pane scrolls (wheel, drag, arrow keys) instead of
 * shrinking to unreadable labels. Fit shows the whole map when asked. Zoom and scroll are kept
 * across updates of the same file.
 */
export interface ZoomState {
    scale: number;
    /** Scroll offsets of the pane, in screen pixels. */
    x: number;
    y: number;
}

const MIN_SCALE = 0.1;
const MAX_SCALE = 8;
/** A press that moves less than this is a click (on a label: go to its text), not a drag. */
const DRAG_THRESHOLD_PX = 4;

export class PanZoom {
    private state: ZoomState;
    private drag: { x: number; y: number; scrollX: number; scrollY: number; moved: boolean } | undefined;

    constructor(
        private readonly viewport: HTMLElement,
        private readonly canvas: HTMLElement,
        initial: ZoomState | undefined,
        private readonly changed: (state: ZoomState) => void
    ) {
        this.state = initial ?? { scale: 1, x: 0, y: 0 };
        viewport.addEventListener('wheel', event => {
            // Ctrl/Cmd + wheel (and a pinch, which Chromium reports so) zooms at the pointer; the wheel alone scrolls.
            if (event.ctrlKey || event.metaKey) {
                event.preventDefault();
                const pane = viewport.getBoundingClientRect();
                this.zoomAt(event.deltaY < 0 ? 1.1 : 1 / 1.1, event.clientX - pane.left, event.clientY - pane.top);
            }
        }, { passive: false });
        viewport.addEventListener('scroll', () => this.remember());
        viewport.addEventListener('pointerdown', event => {
            if (event.button === 0 || event.button === 1) {
                this.drag = { x: event.clientX, y: event.clientY, scrollX: viewport.scrollLeft, scrollY: viewport.scrollTop, moved: false };
            }
        });
        viewport.addEventListener('pointermove', event => {
            const drag = this.drag;
            if (!drag) return;
            const dx = event.clientX - drag.x;
            const dy = event.clientY - drag.y;
            if (!drag.moved && Math.hypot(dx, dy) >= DRAG_THRESHOLD_PX) {
                drag.moved = true;
                viewport.setPointerCapture(event.pointerId);
                viewport.classList.add('dragging');
            }
            if (drag.moved) {
                viewport.scrollLeft = drag.scrollX - dx;
                viewport.scrollTop = drag.scrollY - dy;
            }
        });
        const endDrag = () => {
            if (this.drag?.moved) {
                // The click that ends a drag is not a click on a label.
                viewport.addEventListener('click', event => event.stopPropagation(), { capture: true, once: true });
                setTimeout(() => viewport.classList.remove('dragging'), 0);
            }
            this.drag = undefined;
        };
        viewport.addEventListener('pointerup', endDrag);
        viewport.addEventListener('pointercancel', endDrag);
        viewport.addEventListener('keydown', event => {
            if (event.ctrlKey || event.metaKey || event.altKey) return;
            const keys: Record<string, () => void> = {
                '+': () => this.zoomBy(1.2), '=': () => this.zoomBy(1.2), '-': () => this.zoomBy(1 / 1.2),
                '0': () => this.actualSize(), 'f': () => this.fit(), 'F': () => this.fit(),
                'ArrowLeft': () => viewport.scrollBy(-40, 0), 'ArrowRight': () => viewport.scrollBy(40, 0),
                'ArrowUp': () => viewport.scrollBy(0, -40), 'ArrowDown': () => viewport.scrollBy(0, 40)
            };
            const action = keys[event.key];
            if (action) {
                event.preventDefault();
                action();
            }
        });
    }

    get scale(): number {
        return this.state.scale;
    }

    /** Sizes a newly drawn diagram at the current zoom and restores the scroll position. */
    apply(): void {
        const svg = this.canvas.querySelector('svg');
        const natural = naturalSize(svg);
        if (svg && natural) {
            svg.style.width = `${natural.width * this.state.scale}px`;
            svg.style.height = `${natural.height * this.state.scale}px`;
        }
        this.viewport.scrollLeft = this.state.x;
        this.viewport.scrollTop = this.state.y;
        this.remember();
    }

    zoomBy(factor: number): void {
        this.zoomAt(factor, this.viewport.clientWidth / 2, this.viewport.clientHeight / 2);
    }

    /** 100%: the diagram at its natural size, from its top left corner. */
    actualSize(): void {
        this.state = { scale: 1, x: 0, y: 0 };
        this.apply();
    }

    /** The whole diagram in the pane (never larger than its natural size). */
    fit(): void {
        const natural = naturalSize(this.canvas.querySelector('svg'));
        const padding = 2 * CANVAS_PADDING_PX + 4;
        const scale = natural
            ? Math.min(1, (this.viewport.clientWidth - padding) / natural.width, (this.viewport.clientHeight - padding) / natural.height)
            : 1;
        this.state = { scale: Math.max(MIN_SCALE, scale), x: 0, y: 0 };
        this.apply();
    }

    /** Zooms by `factor`, keeping the diagram point under (x, y) of the pane where it is. */
    private zoomAt(factor: number, x: number, y: number): void {
        const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.state.scale * factor));
        const ratio = scale / this.state.scale;
        const left = this.viewport.scrollLeft;
        const top = this.viewport.scrollTop;
        this.state = { scale, x: Math.max(0, (left + x) * ratio - x), y: Math.max(0, (top + y) * ratio - y) };
        this.apply();
    }

    private remember(): void {
        this.state = { ...this.state, x: this.viewport.scrollLeft, y: this.viewport.scrollTop };
        this.changed(this.state);
    }
}

/** The padding around the diagram (preview.css, #canvas). */
const CANVAS_PADDING_PX = 8;

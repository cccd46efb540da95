/** Zoom and pan of the diagram, kept across updates: only a new file or Fit resets them. */
export interface ZoomState {
    scale: number;
    x: number;
    y: number;
}

const MIN_SCALE = 0.1;
const MAX_SCALE = 8;
/** Fitting never shrinks a diagram below this: past it, labels can no longer be read. */
const MIN_FIT_SCALE = 0.4;

export class PanZoom {
    private state: ZoomState;
    private drag: { x: number; y: number } | undefined;

    constructor(private readonly viewport: HTMLElement, private readonly canvas: HTMLElement, initial: ZoomState | undefined, private readonly changed: (state: ZoomState) => void) {
        this.state = initial ?? { scale: 1, x: 0, y: 0 };
        viewport.addEventListener('wheel', event => {
            if (event.ctrlKey || event.metaKey) {
                event.preventDefault();
                this.zoomAt(event.deltaY < 0 ? 1.1 : 1 / 1.1, event.offsetX, event.offsetY);
            } else {
                this.moveBy(-event.deltaX, -event.deltaY);
                event.preventDefault();
            }
        }, { passive: false });
        viewport.addEventListener('pointerdown', event => {
            if (event.button === 1 || (event.button === 0 && event.altKey)) {
                this.drag = { x: event.clientX, y: event.clientY };
                viewport.setPointerCapture(event.pointerId);
            }
        });
        viewport.addEventListener('pointermove', event => {
            if (this.drag) {
                this.moveBy(event.clientX - this.drag.x, event.clientY - this.drag.y);
                this.drag = { x: event.clientX, y: event.clientY };
            }
        });
        viewport.addEventListener('pointerup', () => this.drag = undefined);
        viewport.addEventListener('keydown', event => {
            const keys: Record<string, () => void> = {
                '+': () => this.zoomBy(1.2), '=': () => this.zoomBy(1.2), '-': () => this.zoomBy(1 / 1.2), '0': () => this.fit(),
                'ArrowLeft': () => this.moveBy(40, 0), 'ArrowRight': () => this.moveBy(-40, 0), 'ArrowUp': () => this.moveBy(0, 40), 'ArrowDown': () => this.moveBy(0, -40)
            };
            keys[event.key]?.();
        });
        this.apply();
    }

    zoomBy(factor: number): void {
        this.zoomAt(factor, this.viewport.clientWidth / 2, this.viewport.clientHeight / 2);
    }

    /** Fits the diagram to the window (at most its natural size, at least a readable size). */
    fit(): void {
        const svg = this.canvas.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        if (!svg || !box || box.width === 0) {
            this.state = { scale: 1, x: 0, y: 0 };
        } else {
            const natural = { width: box.width / this.state.scale, height: box.height / this.state.scale };
            const scale = Math.min(1, (this.viewport.clientWidth - 16) / natural.width, (this.viewport.clientHeight - 16) / natural.height);
            this.state = { scale: Math.max(MIN_FIT_SCALE, scale), x: 8, y: 8 };
        }
        this.apply();
    }

    private zoomAt(factor: number, x: number, y: number): void {
        const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.state.scale * factor));
        const ratio = scale / this.state.scale;
        this.state = { scale, x: x - (x - this.state.x) * ratio, y: y - (y - this.state.y) * ratio };
        this.apply();
    }

    private moveBy(dx: number, dy: number): void {
        this.state = { ...this.state, x: this.state.x + dx, y: this.state.y + dy };
        this.apply();
    }

    private apply(): void {
        this.canvas.style.transform = `translate(${this.state.x}px, ${this.state.y}px) scale(${this.state.scale})`;
        this.changed(this.state);
    }
}

import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_AS_STORED, ANNOTATIONS_OFF, drawPage, type DrawablePage } from '../../pipeline/readers/pdf-draw.js';

interface FakeTarget { canvas: { id: number }; context: { id: number } }

/** A canvas maker that counts what it creates and destroys. */
function canvases() {
  let next = 0;
  const live = new Set<number>();
  return {
    live,
    created: () => next,
    create(): FakeTarget { const id = ++next; live.add(id); return { canvas: { id }, context: { id } }; },
    destroy(t: FakeTarget) { live.delete(t.canvas.id); },
  };
}

/** A page whose drawing fails in the given annotation modes (undefined: pdf.js's default, annotations drawn). */
function page(failsWhen: (mode: number | undefined) => boolean): DrawablePage & { modes: Array<number | undefined> } {
  const modes: Array<number | undefined> = [];
  return {
    modes,
    render(o) {
      modes.push(o.annotationMode);
      return { promise: failsWhen(o.annotationMode) ? Promise.reject(new Error('Value is non of these types `String`, `Path`')) : Promise.resolve() };
    },
  };
}

const viewport = { width: 100, height: 140 };

describe('drawPage', () => {
  it('draws a page with its annotations when they can be drawn, on one canvas', async () => {
    const c = canvases();
    const p = page(() => false);
    const { target, annotationsDropped } = await drawPage(p, c, viewport);
    expect(annotationsDropped).toBe(false);
    expect(p.modes).toEqual([undefined]);
    expect(c.created()).toBe(1);
    expect(c.live.has(target.canvas.id)).toBe(true);
  });

  it('draws the page again without annotations when a signature widget cannot be drawn', async () => {
    const c = canvases();
    const p = page((mode) => mode !== ANNOTATIONS_OFF);
    const { target, annotationsDropped } = await drawPage(p, c, viewport);
    expect(annotationsDropped).toBe(true);
    expect(p.modes).toEqual([undefined, ANNOTATIONS_OFF]);
    // The half-drawn canvas is freed; the one returned is fresh and alive.
    expect(c.live.size).toBe(1);
    expect(target.canvas.id).toBe(2);
  });

  it('draws with the annotations the caller chose (those the storage does not hide)', async () => {
    const c = canvases();
    const p = page(() => false);
    const { annotationsDropped } = await drawPage(p, c, viewport, ANNOTATIONS_AS_STORED);
    expect(annotationsDropped).toBe(false);
    expect(p.modes).toEqual([ANNOTATIONS_AS_STORED]);
  });

  it('falls back to no annotations when the chosen ones cannot be drawn', async () => {
    const c = canvases();
    const p = page((mode) => mode === ANNOTATIONS_AS_STORED);
    const { annotationsDropped } = await drawPage(p, c, viewport, ANNOTATIONS_AS_STORED);
    expect(annotationsDropped).toBe(true);
    expect(p.modes).toEqual([ANNOTATIONS_AS_STORED, ANNOTATIONS_OFF]);
    expect(c.live.size).toBe(1);
  });

  it('a page drawn without annotations by choice is drawn once, and a failure is not retried', async () => {
    const ok = page(() => false);
    expect((await drawPage(ok, canvases(), viewport, ANNOTATIONS_OFF)).annotationsDropped).toBe(true);
    expect(ok.modes).toEqual([ANNOTATIONS_OFF]);
    const c = canvases();
    const broken = page(() => true);
    await expect(drawPage(broken, c, viewport, ANNOTATIONS_OFF)).rejects.toThrow(/non of these types/);
    expect(broken.modes).toEqual([ANNOTATIONS_OFF]);
    expect(c.live.size).toBe(0);
  });

  it('gives up when the page cannot be drawn even without annotations, leaving no canvas behind', async () => {
    const c = canvases();
    const p = page(() => true);
    await expect(drawPage(p, c, viewport)).rejects.toThrow(/non of these types/);
    expect(c.live.size).toBe(0);
  });
});

// Plots of a run in the playground: report/plot.ts chooses the Vega-Lite specs (the same ones
// `emd solve --plot` writes as SVG); Vega draws each as SVG in its symbol's section, when the
// section is open, with buttons that save it as SVG or PNG (Vega's own renderers). Loaded on
// demand: Vega is the largest part of the page.
// Imports report/plot.ts, vega, vega-lite.
import type { RunJson } from '../../src/report/json.ts';

/**
 * Draws every chosen plot into the `.plot-slot[data-plot-for=symbol]` of `root`; plots of a
 * closed section are drawn when it is first opened. Returns how many plots there are.
 */
export async function renderPlots(json: RunJson, root: HTMLElement): Promise<number> {
  const [{ plotSpecs }, vl, vega] = await Promise.all([
    import('../../src/report/plot.ts'),
    import('vega-lite'),
    import('vega'),
  ]);
  const specs = plotSpecs(json, { width: 360, height: 180, marginals: true });
  for (const p of specs) {
    const slot = root.querySelector<HTMLElement>(`.plot-slot[data-plot-for="${CSS.escape(p.symbol)}"]`);
    if (!slot) continue;
    const fig = document.createElement('figure');
    fig.className = 'plot';
    fig.dataset.plot = p.name;
    const cap = document.createElement('figcaption');
    cap.textContent = p.name;
    const host = document.createElement('div');
    fig.append(host, cap);
    let drawn: import('vega').View | undefined;
    for (const format of ['svg', 'png'] as const) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'plot-save';
      b.dataset.format = format;
      b.textContent = format.toUpperCase();
      b.title = `Save the plot as ${format.toUpperCase()}`;
      b.addEventListener('click', () => {
        if (!drawn) return;
        // PNG at twice the size, for screens and documents.
        void drawn.toImageURL(format, format === 'png' ? 2 : 1).then((url) => {
          const a = document.createElement('a');
          a.href = url;
          a.download = `${p.name}.${format}`;
          a.click();
        });
      });
      cap.append(' ', b);
    }
    slot.append(fig);
    const draw = async () => {
      try {
        const view = new vega.View(vega.parse(vl.compile(p.spec).spec), {
          renderer: 'svg',
          container: host,
          hover: true,
        });
        await view.runAsync();
        drawn = view;
      } catch (err) {
        host.textContent = `plot ${p.name} could not be drawn: ${(err as Error).message}`;
      }
    };
    const section = slot.closest('details');
    if (!section || section.open) await draw();
    else section.addEventListener('toggle', () => void draw(), { once: true });
  }
  return specs.length;
}

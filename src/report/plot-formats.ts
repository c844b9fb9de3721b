// The file formats of plots (`emd solve --plot DIR --plot-format svg,png,pdf`), apart from the
// plotting code so that the CLI checks the flag without loading it. Imports nothing.
export const PLOT_FORMATS = ['svg', 'png', 'pdf'] as const;
export type PlotFormat = (typeof PLOT_FORMATS)[number];

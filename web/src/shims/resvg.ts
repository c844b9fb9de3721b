// Stands in for @resvg/resvg-js (a native Node addon) in the playground bundle: importing it
// fails, so PNG and PDF plot files (emd solve --plot-format png,pdf) are a command-line feature;
// the playground shows and downloads its plots as SVG.
throw new Error('@resvg/resvg-js (native PNG rendering) is not available in the browser');

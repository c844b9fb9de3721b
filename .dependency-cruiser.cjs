// Import direction of the pipeline (../shared/STYLE.md, "Layout"; docs/architecture.md): a folder
// may import only from its own layer and the layers before it. `npm run lint` checks it; the
// imports that break it today are listed in .dependency-cruiser-known-violations.json (the IR
// redesign of check → model → solve removes them; regenerate the list with `npm run lint:baseline`
// only when one is removed, never to admit a new one).
const LAYERS = [
  ['src/text/'],
  ['src/diagnostics/'],
  ['src/data/'],
  ['src/ops/'],
  ['grammar/', 'src/syntax/'],
  ['src/bind/'],
  ['src/check/'],
  ['src/interp/'],
  ['src/model/'],
  ['src/ad/'],
  ['src/reform/'],
  ['src/solvers/'],
  ['src/run/'],
  ['src/report/'],
  ['src/api\\.ts$'],
  ['src/cli/', 'src/lsp/', 'src/prettier/', 'src/import/'],
];
const re = (prefixes) => `^(${prefixes.join('|')})`;

const forbidden = [
  {
    name: 'no-circular',
    severity: 'error',
    comment: 'A cycle between modules makes the pipeline unreadable and the load order fragile.',
    from: { path: '^(src|grammar)/' },
    to: { circular: true },
  },
  ...LAYERS.slice(0, -1).map((layer, k) => ({
    name: `layer-${k}-imports-downstream`,
    severity: 'error',
    comment: `${layer.join(', ')} may import only from itself and the layers before it.`,
    from: { path: re(layer) },
    to: { path: re(LAYERS.slice(k + 1).flat()) },
  })),
];

module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$|\\.fixture\\.ts$|test-util\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};

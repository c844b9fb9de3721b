// The checker reads GAMS's function library from the operator table (src/ops/functions.ts).
export { functions, functionNames, type FunctionDef } from '../ops/functions.ts';

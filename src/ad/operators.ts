// The AD reads the operator table of src/ops/table.ts (values, derivatives, compiled templates).
// Imports ops/ only.
export {
  operators,
  isNonsmooth,
  activeIndex,
  gamsRound,
  gamsMod,
  jsHelpers,
  powDa,
  powDb,
  powHaa,
  powHab,
  powHbb,
  type OpDef,
  type UnaryRule,
  type BinaryRule,
  type NaryRule,
  type Smoothness,
} from '../ops/table.ts';

// Stands in for koffi (Node's FFI) in the playground bundle: importing it fails, so the ipopt
// adapter's lazy import lands in its "unavailable" branch instead of bundling a native module.
throw new Error('koffi (native FFI) is not available in the browser');

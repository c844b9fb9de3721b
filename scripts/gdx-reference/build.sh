#!/usr/bin/env bash
# Test-only: builds the reference GDX library (GAMS-dev/gdx) from source and the gdxref tool that
# writes the fixtures of test/fixtures/gdx/ and dumps GDX files for the cross-check. Never shipped;
# the vitest suite does not need it (the files it produced are committed).
#   scripts/gdx-reference/build.sh /path/to/gdx-source [build-dir]
# Needs cmake, g++ and zlib (apt-get install -y cmake g++ zlib1g-dev).
set -euo pipefail
SRC=${1:?usage: build.sh GDX_SOURCE_DIR [BUILD_DIR]}
OUT=${2:-/tmp/gdxref-build}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
cmake -S "$SRC" -B "$OUT" -DCMAKE_BUILD_TYPE=Release -DNO_TESTS=ON -DNO_EXAMPLES=ON >/dev/null
cmake --build "$OUT" --target gdx-static -j 2 >/dev/null
g++ -std=c++17 -O1 -o "$OUT/gdxref" "$HERE/gdxref.cpp" \
  -I"$SRC/src" -I"$SRC/generated" -I"$SRC/src/gdlib" -I"$SRC/src/global" -I"$SRC/src/rtl" \
  "$OUT/libgdx-static.a" -lz -lpthread -ldl
echo "$OUT/gdxref"

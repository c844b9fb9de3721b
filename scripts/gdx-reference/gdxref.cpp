// Test-only cross-check tool built against the reference GDX library (GAMS-dev/gdx), never shipped.
//   gdxref write DIR      writes the fixture files EMD's tests read (test/fixtures/gdx/ref-*.gdx)
//   gdxref dump FILE      prints a GDX file in the canonical text form test/gdx-dump.ts prints
// Built by scripts/gdx-reference/build.sh.
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>
#include "gdx.hpp"

using namespace gdx;

static gdxStrIndex_t idxBuf;
static gdxStrIndexPtrs_t idx;

static void fail(TGXFileObj &g, const char *what) {
  char msg[GMS_SSSIZE];
  g.gdxErrorStr(g.gdxGetLastError(), msg);
  std::fprintf(stderr, "gdxref: %s: %s\n", what, msg);
  std::exit(1);
}

static void rec(TGXFileObj &g, std::vector<const char *> keys, std::array<double, GMS_VAL_MAX> v) {
  for (size_t k = 0; k < keys.size(); k++) std::strcpy(idx[k], keys[k]);
  if (!g.gdxDataWriteStr(const_cast<const char **>(idx), v.data())) fail(g, "DataWriteStr");
}
static void val(TGXFileObj &g, std::vector<const char *> keys, double x) {
  rec(g, keys, {x, 0, 0, 0, 0});
}
static void done(TGXFileObj &g) {
  if (!g.gdxDataWriteDone()) fail(g, "DataWriteDone");
}
static void domain(TGXFileObj &g, std::vector<const char *> d) {
  if (!g.gdxSymbolSetDomain(d.data())) fail(g, "SymbolSetDomain");
}

// One file with every kind of symbol, special value and field.
static void writeAll(const std::string &fn, int compress) {
  std::string err;
  TGXFileObj g{err};
  int rc;
  if (!g.gdxOpenWriteEx(fn.c_str(), "EMD reference fixture", compress, rc)) fail(g, "OpenWrite");
  g.gdxAutoConvert(0); // no gdxcopy run when the compression differs from GDXCOMPRESS
  // set i with element texts
  g.gdxDataWriteStrStart("i", "canning plants", 1, GMS_DT_SET, 0);
  domain(g, {"*"});
  int t1, t2;
  g.gdxAddSetText("Seattle, WA", t1);
  g.gdxAddSetText("San Diego, CA", t2);
  val(g, {"seattle"}, t1);
  val(g, {"san-diego"}, t2);
  done(g);
  g.gdxDataWriteStrStart("j", "markets", 1, GMS_DT_SET, 0);
  domain(g, {"*"});
  val(g, {"new-york"}, 0);
  val(g, {"chicago"}, 0);
  val(g, {"topeka"}, 0);
  done(g);
  // two-dimensional set over domains
  g.gdxDataWriteStrStart("ij", "routes", 2, GMS_DT_SET, 0);
  domain(g, {"i", "j"});
  val(g, {"seattle", "new-york"}, 0);
  val(g, {"seattle", "chicago"}, 0);
  val(g, {"san-diego", "topeka"}, 0);
  done(g);
  g.gdxAddAlias("i", "ip");
  // scalar
  g.gdxDataWriteStrStart("f", "freight in dollars per case per thousand miles", 0, GMS_DT_PAR, 0);
  val(g, {}, 90);
  done(g);
  // parameter with every special value and the short-coded numbers 0, 1, -1, 0.5, 2
  g.gdxDataWriteStrStart("sv", "special values", 1, GMS_DT_PAR, 0);
  domain(g, {"*"});
  val(g, {"eps"}, GMS_SV_EPS);
  val(g, {"na"}, GMS_SV_NA);
  val(g, {"pinf"}, GMS_SV_PINF);
  val(g, {"minf"}, GMS_SV_MINF);
  val(g, {"undf"}, GMS_SV_UNDEF);
  val(g, {"one"}, 1);
  val(g, {"mone"}, -1);
  val(g, {"half"}, 0.5);
  val(g, {"two"}, 2);
  val(g, {"pi"}, 3.141592653589793);
  val(g, {"tiny"}, -1.5e-300);
  done(g);
  g.gdxDataWriteStrStart("d", "distance in thousands of miles", 2, GMS_DT_PAR, 0);
  domain(g, {"i", "j"});
  val(g, {"seattle", "new-york"}, 2.5);
  val(g, {"seattle", "chicago"}, 1.7);
  val(g, {"seattle", "topeka"}, 1.8);
  val(g, {"san-diego", "new-york"}, 2.5);
  val(g, {"san-diego", "chicago"}, 1.8);
  val(g, {"san-diego", "topeka"}, 1.4);
  done(g);
  // variable (positive) with all five fields, relaxed domain strings
  g.gdxDataWriteStrStart("x", "shipment quantities in cases", 2, GMS_DT_VAR, GMS_VARTYPE_POSITIVE);
  domain(g, {"i", "j"});
  rec(g, {"seattle", "new-york"}, {50, 0, 0, GMS_SV_PINF, 1});
  rec(g, {"seattle", "chicago"}, {300, 0, 0, GMS_SV_PINF, 1});
  rec(g, {"seattle", "topeka"}, {0, 0.036, 0, GMS_SV_PINF, 1});
  rec(g, {"san-diego", "new-york"}, {275, 0, 0, GMS_SV_PINF, 1});
  rec(g, {"san-diego", "chicago"}, {0, 0.009, 0, 100, 10});
  rec(g, {"san-diego", "topeka"}, {275, GMS_SV_EPS, 0, GMS_SV_PINF, 1});
  done(g);
  g.gdxDataWriteStrStart("z", "total transportation costs in thousands of dollars", 0, GMS_DT_VAR,
                         GMS_VARTYPE_FREE);
  rec(g, {}, {153.675, 0, GMS_SV_MINF, GMS_SV_PINF, 1});
  done(g);
  g.gdxDataWriteStrStart("b", "binary choice", 1, GMS_DT_VAR, GMS_VARTYPE_BINARY);
  domain(g, {"i"});
  rec(g, {"seattle"}, {1, -2, 0, 1, 1});
  done(g);
  // equations: =l= (userinfo 53 + 2) and =e=
  g.gdxDataWriteStrStart("supply", "observe supply limit at plant i", 1, GMS_DT_EQU,
                         GMS_EQU_USERINFO_BASE + GMS_EQUTYPE_L);
  domain(g, {"i"});
  rec(g, {"seattle"}, {350, GMS_SV_EPS, GMS_SV_MINF, 350, 1});
  rec(g, {"san-diego"}, {550, 0, GMS_SV_MINF, 600, 1});
  done(g);
  g.gdxDataWriteStrStart("cost", "define objective function", 0, GMS_DT_EQU,
                         GMS_EQU_USERINFO_BASE + GMS_EQUTYPE_E);
  rec(g, {}, {0, 1, 0, 0, 1});
  done(g);
  // a parameter whose domain is given as relaxed strings only
  g.gdxDataWriteStrStart("a", "capacity of plant i in cases", 1, GMS_DT_PAR, 0);
  val(g, {"seattle"}, 350);
  val(g, {"san-diego"}, 600);
  done(g);
  int syA;
  g.gdxFindSymbol("a", syA);
  const char *relaxed[] = {"plants"};
  g.gdxSymbolSetDomainX(syA, relaxed);
  // an empty parameter and an empty scalar
  g.gdxDataWriteStrStart("empty", "no records", 2, GMS_DT_PAR, 0);
  done(g);
  g.gdxDataWriteStrStart("s0", "scalar zero", 0, GMS_DT_PAR, 0);
  val(g, {}, 0);
  done(g);
  // acronym value
  g.gdxAcronymAdd("high", "high quality", 7);
  g.gdxDataWriteStrStart("grade", "acronym data", 1, GMS_DT_PAR, 0);
  domain(g, {"i"});
  val(g, {"seattle"}, 7 * GMS_SV_ACR);
  done(g);
  if (g.gdxClose()) fail(g, "Close");
}

// A bigger file: 300 labels (word-sized keys), 3 dimensions, more than one 32 KB block.
static void writeBig(const std::string &fn, int compress) {
  std::string err;
  TGXFileObj g{err};
  int rc;
  if (!g.gdxOpenWriteEx(fn.c_str(), "EMD reference fixture", compress, rc)) fail(g, "OpenWrite");
  g.gdxAutoConvert(0);
  char a[32], b[32], c[32];
  g.gdxDataWriteStrStart("n", "nodes", 1, GMS_DT_SET, 0);
  domain(g, {"*"});
  for (int k = 1; k <= 300; k++) {
    std::snprintf(a, sizeof a, "n%d", k);
    val(g, {a}, 0);
  }
  done(g);
  g.gdxDataWriteStrStart("t", "hours", 1, GMS_DT_SET, 0);
  domain(g, {"*"});
  for (int k = 1; k <= 24; k++) {
    std::snprintf(a, sizeof a, "h%d", k);
    val(g, {a}, 0);
  }
  done(g);
  g.gdxDataWriteStrStart("flow", "flows", 3, GMS_DT_PAR, 0);
  domain(g, {"n", "n", "t"});
  for (int i = 1; i <= 300; i += 7)
    for (int j = 1; j <= 300; j += 9)
      for (int t = 1; t <= 24; t += 5) {
        std::snprintf(a, sizeof a, "n%d", i);
        std::snprintf(b, sizeof b, "n%d", j);
        std::snprintf(c, sizeof c, "h%d", t);
        val(g, {a, b, c}, ((i * j + t) % 50) * 0.25 + 0.1);
      }
  done(g);
  if (g.gdxClose()) fail(g, "Close");
}

static std::string num(double v) {
  if (v == GMS_SV_UNDEF) return "UNDF";
  if (v == GMS_SV_NA) return "NA";
  if (v == GMS_SV_PINF) return "+INF";
  if (v == GMS_SV_MINF) return "-INF";
  if (v == GMS_SV_EPS) return "EPS";
  if (v >= GMS_SV_ACR) return "ACR" + std::to_string((int)std::lround(v / GMS_SV_ACR));
  char s[64];
  std::snprintf(s, sizeof s, "%.17g", v == 0 ? 0.0 : v);
  return s;
}

static const char *typeName[] = {"set", "parameter", "variable", "equation", "alias"};

static int dump(const std::string &fn) {
  std::string err;
  TGXFileObj g{err};
  int rc;
  if (!g.gdxOpenRead(fn.c_str(), rc)) {
    std::printf("error %d\n", rc);
    return 1;
  }
  char ver[GMS_SSSIZE], prod[GMS_SSSIZE];
  g.gdxFileVersion(ver, prod);
  int fileVer, compr;
  g.gdxFileInfo(fileVer, compr);
  int syCnt, uelCnt;
  g.gdxSystemInfo(syCnt, uelCnt);
  std::printf("version %d compressed %d\nproducer %s\nuels %d\n", fileVer, compr, prod, uelCnt);
  for (int n = 1; n <= uelCnt; n++) {
    char uel[GMS_SSSIZE];
    int map;
    g.gdxUMUelGet(n, uel, map);
    std::printf("  %d %s\n", n, uel);
  }
  int acrCnt = g.gdxAcronymCount();
  for (int n = 1; n <= acrCnt; n++) {
    char name[GMS_SSSIZE], txt[GMS_SSSIZE];
    int indx;
    g.gdxAcronymGetInfo(n, name, txt, indx);
    std::printf("acronym %s %d \"%s\"\n", name, indx, txt);
  }
  for (int sy = 1; sy <= syCnt; sy++) {
    char name[GMS_SSSIZE], text[GMS_SSSIZE];
    int dim, typ, recs, ui;
    g.gdxSymbolInfo(sy, name, dim, typ);
    g.gdxSymbolInfoX(sy, recs, ui, text);
    std::printf("%s %s dim %d userinfo %d records %d \"%s\"\n", typeName[typ], name, dim, ui, recs, text);
    if (dim > 0) {
      gdxStrIndex_t dbuf;
      gdxStrIndexPtrs_t dptr;
      GDXSTRINDEXPTRS_INIT(dbuf, dptr);
      int kind = g.gdxSymbolGetDomainX(sy, dptr);
      std::printf("  domain %d (", kind);
      for (int d = 0; d < dim; d++) std::printf("%s%s", d ? "," : "", dptr[d]);
      std::printf(")\n");
    }
    if (typ == GMS_DT_ALIAS) continue;
    int nrecs, dimFrst;
    if (!g.gdxDataReadStrStart(sy, nrecs)) fail(g, "DataReadStrStart");
    gdxValues_t v;
    while (g.gdxDataReadStr(idx, v, dimFrst)) {
      std::printf("  ");
      for (int d = 0; d < dim; d++) std::printf("%s%s", d ? "." : "", idx[d]);
      if (typ == GMS_DT_SET) {
        std::string t;
        if (v[GMS_VAL_LEVEL] != 0) {
          char txt[GMS_SSSIZE];
          int node;
          if (g.gdxGetElemText((int)v[GMS_VAL_LEVEL], txt, node)) t = txt;
        }
        std::printf(" \"%s\"\n", t.c_str());
      } else if (typ == GMS_DT_PAR)
        std::printf(" %s\n", num(v[GMS_VAL_LEVEL]).c_str());
      else {
        for (int f = 0; f < GMS_VAL_MAX; f++) std::printf(" %s", num(v[f]).c_str());
        std::printf("\n");
      }
    }
    g.gdxDataReadDone();
  }
  g.gdxClose();
  return 0;
}

int main(int argc, char **argv) {
  GDXSTRINDEXPTRS_INIT(idxBuf, idx);
  if (argc == 3 && std::string(argv[1]) == "write") {
    std::string dir = argv[2];
    writeAll(dir + "/ref-all.gdx", 0);
    writeAll(dir + "/ref-all-compressed.gdx", 1);
    writeBig(dir + "/ref-big.gdx", 0);
    writeBig(dir + "/ref-big-compressed.gdx", 1);
    return 0;
  }
  if (argc == 3 && std::string(argv[1]) == "dump") return dump(argv[2]);
  std::fprintf(stderr, "usage: gdxref write DIR | gdxref dump FILE\n");
  return 2;
}

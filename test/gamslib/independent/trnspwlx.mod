# trnspwlx: the model's last MIP solve, written from trnspwlx-scalar.mod (GAMS CONVERT's snapshot, in the
# source checkout) with its SOS constraints (AMPL suffixes sosno/ref, which MathProg lacks) replaced
# by binaries: SOS1 x_j <= M y_j, sum y <= 1; SOS2 x_j <= z_(j-1) + z_j over the pairs of adjacent
# members (ordered by ref), sum z <= 1. M = 1000 bounds every member: the members are pairs (1 - bin, seg) of pwlfunc.inc, 1 - bin <= 1 and seg <= x(i,j) + 50 <= 650 (x is at most the supply of 600). Initial values (:=) removed, as MathProg has none.
#  MIP written by GAMS Convert at 12/13/18 11:43:35
#  
#  Equation counts
#      Total        E        G        L        N        X        C        B
#         72       37        3       32        0        0        0        0
#  
#  Variable counts
#                   x        b        i      s1s      s2s       sc       si
#      Total     cont   binary  integer     sos1     sos2    scont     sint
#        115       49       42        0       24        0        0        0
#  FX      0        0        0        0        0        0        0        0
#  
#  Nonzero counts
#      Total    const       NL      DLL
#        337      337        0        0
# 
#  Reformulation has removed 1 variable and 1 equation


var x1 >= 0;
var x2 , >= 0;
var x3 , >= 0;
var x4 , >= 0;
var x5 , >= 0;
var x6 >= 0;
var x8 >= 0;
var x9 >= 0;
var x10 >= 0;
var x11 >= 0;
var x12 >= 0;
var x13 >= 0;
var x14 >= 0;
var x15 >= 0;
var x16 >= 0;
var x17 >= 0;
var x18 >= 0;
var x19 >= 0;
var x20 >= 0;
var x21 >= 0;
var x22 >= 0;
var x23 >= 0;
var x24 >= 0;
var x25 >= 0;
var x26 >= 0;
var x27 >= 0;
var x28 >= 0;
var x29 >= 0;
var x30 >= 0;
var x31 >= 0;
var x32 >= 0;
var x33 >= 0;
var x34 >= 0;
var x35 >= 0;
var x36 >= 0;
var x37 >= 0;
var x38 >= 0;
var x39 >= 0;
var x40 >= 0;
var x41 >= 0;
var x42 >= 0;
var x43 >= 0;
var x44 >= 0;
var x45 >= 0;
var x46 >= 0;
var x47 >= 0;
var x48 >= 0;
var x49 >= 0;
var b50 binary >= 0, <= 1;
var b51 binary >= 0, <= 1;
var b52 binary >= 0, <= 1;
var b53 binary >= 0, <= 1;
var b54 binary >= 0, <= 1;
var b55 binary >= 0, <= 1;
var b56 binary >= 0, <= 1;
var b57 binary >= 0, <= 1;
var b58 binary >= 0, <= 1;
var b59 binary >= 0, <= 1;
var b60 binary >= 0, <= 1;
var b61 binary >= 0, <= 1;
var b62 binary >= 0, <= 1;
var b63 binary >= 0, <= 1;
var b64 binary >= 0, <= 1;
var b65 binary >= 0, <= 1;
var b66 binary >= 0, <= 1;
var b67 binary >= 0, <= 1;
var b68 binary >= 0, <= 1;
var b69 binary >= 0, <= 1;
var b70 binary >= 0, <= 1;
var b71 binary >= 0, <= 1;
var b72 binary >= 0, <= 1;
var b73 binary >= 0, <= 1;
var b74 binary >= 0, <= 1;
var b75 binary >= 0, <= 1;
var b76 binary >= 0, <= 1;
var b77 binary >= 0, <= 1;
var b78 binary >= 0, <= 1;
var b79 binary >= 0, <= 1;
var b80 binary >= 0, <= 1;
var b81 binary >= 0, <= 1;
var b82 binary >= 0, <= 1;
var b83 binary >= 0, <= 1;
var b84 binary >= 0, <= 1;
var b85 binary >= 0, <= 1;
var b86 binary >= 0, <= 1;
var b87 binary >= 0, <= 1;
var b88 binary >= 0, <= 1;
var b89 binary >= 0, <= 1;
var b90 binary >= 0, <= 1;
var b91 binary >= 0, <= 1;
var s1s92 >= 0;
var s1s93 >= 0;
var s1s94 >= 0;
var s1s95 >= 0;
var s1s96 >= 0;
var s1s97 >= 0;
var s1s98 >= 0;
var s1s99 >= 0;
var s1s100 >= 0;
var s1s101 >= 0;
var s1s102 >= 0;
var s1s103 >= 0;
var s1s104 >= 0;
var s1s105 >= 0;
var s1s106 >= 0;
var s1s107 >= 0;
var s1s108 >= 0;
var s1s109 >= 0;
var s1s110 >= 0;
var s1s111 >= 0;
var s1s112 >= 0;
var s1s113 >= 0;
var s1s114 >= 0;
var s1s115 >= 0;


var y_s1s92 binary;
var y_s1s93 binary;
var y_s1s94 binary;
var y_s1s95 binary;
var y_s1s96 binary;
var y_s1s97 binary;
var y_s1s98 binary;
var y_s1s99 binary;
var y_s1s100 binary;
var y_s1s101 binary;
var y_s1s102 binary;
var y_s1s103 binary;
var y_s1s104 binary;
var y_s1s105 binary;
var y_s1s106 binary;
var y_s1s107 binary;
var y_s1s108 binary;
var y_s1s109 binary;
var y_s1s110 binary;
var y_s1s111 binary;
var y_s1s112 binary;
var y_s1s113 binary;
var y_s1s114 binary;
var y_s1s115 binary;

minimize obj:  - 0.0318198051533946*x8 - 0.0216374675043084*x9
     - 0.0229102597104441*x10 - 0.0318198051533946*x11 - 0.0229102597104441*x12
     - 0.017819090885901*x13 + 0.0124823035871931*x14 + 0.00848796643929129*x15
     + 0.00898725858277902*x16 + 0.0124823035871931*x17
     + 0.00898725858277902*x18 + 0.00699009000882812*x19
     + 0.0090951351492436*x20 + 0.00618469190148565*x21
     + 0.00654849730745539*x22 + 0.0090951351492436*x23
     + 0.00654849730745539*x24 + 0.00509327568357642*x25
     + 0.00752292882162925*x26 + 0.00511559159870789*x27
     + 0.00541650875157306*x28 + 0.00752292882162925*x29
     + 0.00541650875157306*x30 + 0.00421284014011238*x31
     + 0.00656159987567524*x32 + 0.00446188791545916*x33
     + 0.00472435191048617*x34 + 0.00656159987567524*x35
     + 0.00472435191048617*x36 + 0.00367449593037813*x37
     + 0.00589531459954838*x38 + 0.0040088139276929*x39
     + 0.00424462651167483*x40 + 0.00589531459954838*x41
     + 0.00424462651167483*x42 + 0.00330137617574709*x43 + 0.005625*x44
     + 0.003825*x45 + 0.00405*x46 + 0.005625*x47 + 0.00405*x48 + 0.00315*x49
     + 1.59099025766973*b50 + 1.08187337521542*b51 + 1.14551298552221*b52
     + 1.59099025766973*b53 + 1.14551298552221*b54 + 0.89095454429505*b55
     + 1.59099025766973*b56 + 1.08187337521542*b57 + 1.14551298552221*b58
     + 1.59099025766973*b59 + 1.14551298552221*b60 + 0.89095454429505*b61
     + 2.46475150877325*b62 + 1.67603102596581*b63 + 1.77462108631674*b64
     + 2.46475150877325*b65 + 1.77462108631674*b66 + 1.38026084491302*b67
     + 3.1014109692203*b68 + 2.1089594590698*b69 + 2.23301589783862*b70
     + 3.1014109692203*b71 + 2.23301589783862*b72 + 1.73679014276337*b73
     + 3.62801598673435*b74 + 2.46705087097936*b75 + 2.61217151044873*b76
     + 3.62801598673435*b77 + 2.61217151044873*b78 + 2.03168895257123*b79
     + 4.08732797803161*b80 + 2.7793830250615*b81 + 2.94287614418276*b82
     + 4.08732797803161*b83 + 2.94287614418276*b84 + 2.2889036676977*b85
     + 4.5*b86 + 3.06*b87 + 3.24*b88 + 4.5*b89 + 3.24*b90 + 2.52*b91;

subject to

e1:    x1 + x2 + x3 <= 350;

e2:    x4 + x5 + x6 <= 600;

e3:    x1 + x4 >= 325;

e4:    x2 + x5 >= 300;

e5:    x3 + x6 >= 275;

e7:    x1 + x8 - x14 - x20 - x26 - x32 - x38 - x44 - 50*b50 - 50*b56 - 120*b62
     - 190*b68 - 260*b74 - 330*b80 - 400*b86 = 0;

e8:    x2 + x9 - x15 - x21 - x27 - x33 - x39 - x45 - 50*b51 - 50*b57 - 120*b63
     - 190*b69 - 260*b75 - 330*b81 - 400*b87 = 0;

e9:    x3 + x10 - x16 - x22 - x28 - x34 - x40 - x46 - 50*b52 - 50*b58 - 120*b64
     - 190*b70 - 260*b76 - 330*b82 - 400*b88 = 0;

e10:    x4 + x11 - x17 - x23 - x29 - x35 - x41 - x47 - 50*b53 - 50*b59
      - 120*b65 - 190*b71 - 260*b77 - 330*b83 - 400*b89 = 0;

e11:    x5 + x12 - x18 - x24 - x30 - x36 - x42 - x48 - 50*b54 - 50*b60
      - 120*b66 - 190*b72 - 260*b78 - 330*b84 - 400*b90 = 0;

e12:    x6 + x13 - x19 - x25 - x31 - x37 - x43 - x49 - 50*b55 - 50*b61
      - 120*b67 - 190*b73 - 260*b79 - 330*b85 - 400*b91 = 0;

e13:    x14 - 70*b56 <= 0;

e14:    x15 - 70*b57 <= 0;

e15:    x16 - 70*b58 <= 0;

e16:    x17 - 70*b59 <= 0;

e17:    x18 - 70*b60 <= 0;

e18:    x19 - 70*b61 <= 0;

e19:    x20 - 70*b62 <= 0;

e20:    x21 - 70*b63 <= 0;

e21:    x22 - 70*b64 <= 0;

e22:    x23 - 70*b65 <= 0;

e23:    x24 - 70*b66 <= 0;

e24:    x25 - 70*b67 <= 0;

e25:    x26 - 70*b68 <= 0;

e26:    x27 - 70*b69 <= 0;

e27:    x28 - 70*b70 <= 0;

e28:    x29 - 70*b71 <= 0;

e29:    x30 - 70*b72 <= 0;

e30:    x31 - 70*b73 <= 0;

e31:    x32 - 70*b74 <= 0;

e32:    x33 - 70*b75 <= 0;

e33:    x34 - 70*b76 <= 0;

e34:    x35 - 70*b77 <= 0;

e35:    x36 - 70*b78 <= 0;

e36:    x37 - 70*b79 <= 0;

e37:    x38 - 70*b80 <= 0;

e38:    x39 - 70*b81 <= 0;

e39:    x40 - 70*b82 <= 0;

e40:    x41 - 70*b83 <= 0;

e41:    x42 - 70*b84 <= 0;

e42:    x43 - 70*b85 <= 0;

e43:    b50 + b56 + b62 + b68 + b74 + b80 + b86 = 1;

e44:    b51 + b57 + b63 + b69 + b75 + b81 + b87 = 1;

e45:    b52 + b58 + b64 + b70 + b76 + b82 + b88 = 1;

e46:    b53 + b59 + b65 + b71 + b77 + b83 + b89 = 1;

e47:    b54 + b60 + b66 + b72 + b78 + b84 + b90 = 1;

e48:    b55 + b61 + b67 + b73 + b79 + b85 + b91 = 1;

e49:  - b50 - s1s92 = -1;

e50:  - b51 - s1s94 = -1;

e51:  - b52 - s1s96 = -1;

e52:  - b53 - s1s98 = -1;

e53:  - b54 - s1s100 = -1;

e54:  - b55 - s1s102 = -1;

e55:  - b86 - s1s104 = -1;

e56:  - b87 - s1s106 = -1;

e57:  - b88 - s1s108 = -1;

e58:  - b89 - s1s110 = -1;

e59:  - b90 - s1s112 = -1;

e60:  - b91 - s1s114 = -1;

e61:    x8 - s1s93 = 0;

e62:    x9 - s1s95 = 0;

e63:    x10 - s1s97 = 0;

e64:    x11 - s1s99 = 0;

e65:    x12 - s1s101 = 0;

e66:    x13 - s1s103 = 0;

e67:    x44 - s1s105 = 0;

e68:    x45 - s1s107 = 0;

e69:    x46 - s1s109 = 0;

e70:    x47 - s1s111 = 0;

e71:    x48 - s1s113 = 0;

e72:    x49 - s1s115 = 0;

sos1_s1s92: s1s92 <= 1000 * y_s1s92;

sos1_s1s93: s1s93 <= 1000 * y_s1s93;

sos1_one: y_s1s92 + y_s1s93 <= 1;

sos2_s1s94: s1s94 <= 1000 * y_s1s94;

sos2_s1s95: s1s95 <= 1000 * y_s1s95;

sos2_one: y_s1s94 + y_s1s95 <= 1;

sos3_s1s96: s1s96 <= 1000 * y_s1s96;

sos3_s1s97: s1s97 <= 1000 * y_s1s97;

sos3_one: y_s1s96 + y_s1s97 <= 1;

sos4_s1s98: s1s98 <= 1000 * y_s1s98;

sos4_s1s99: s1s99 <= 1000 * y_s1s99;

sos4_one: y_s1s98 + y_s1s99 <= 1;

sos5_s1s100: s1s100 <= 1000 * y_s1s100;

sos5_s1s101: s1s101 <= 1000 * y_s1s101;

sos5_one: y_s1s100 + y_s1s101 <= 1;

sos6_s1s102: s1s102 <= 1000 * y_s1s102;

sos6_s1s103: s1s103 <= 1000 * y_s1s103;

sos6_one: y_s1s102 + y_s1s103 <= 1;

sos7_s1s104: s1s104 <= 1000 * y_s1s104;

sos7_s1s105: s1s105 <= 1000 * y_s1s105;

sos7_one: y_s1s104 + y_s1s105 <= 1;

sos8_s1s106: s1s106 <= 1000 * y_s1s106;

sos8_s1s107: s1s107 <= 1000 * y_s1s107;

sos8_one: y_s1s106 + y_s1s107 <= 1;

sos9_s1s108: s1s108 <= 1000 * y_s1s108;

sos9_s1s109: s1s109 <= 1000 * y_s1s109;

sos9_one: y_s1s108 + y_s1s109 <= 1;

sos10_s1s110: s1s110 <= 1000 * y_s1s110;

sos10_s1s111: s1s111 <= 1000 * y_s1s111;

sos10_one: y_s1s110 + y_s1s111 <= 1;

sos11_s1s112: s1s112 <= 1000 * y_s1s112;

sos11_s1s113: s1s113 <= 1000 * y_s1s113;

sos11_one: y_s1s112 + y_s1s113 <= 1;

sos12_s1s114: s1s114 <= 1000 * y_s1s114;

sos12_s1s115: s1s115 <= 1000 * y_s1s115;

sos12_one: y_s1s114 + y_s1s115 <= 1;

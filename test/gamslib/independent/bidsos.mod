# bidsos: the model's last MIP solve, written from bidsos-scalar.mod (GAMS CONVERT's snapshot, in the
# source checkout) with its SOS constraints (AMPL suffixes sosno/ref, which MathProg lacks) replaced
# by binaries: SOS1 x_j <= y_j, sum y <= 1; SOS2 x_j <= z_(j-1) + z_j over the pairs of adjacent
# members (ordered by ref), sum z <= 1. Every member is at most 1 (rows e3-e7: the members of a set sum to 1), so 1 is the bound of each link.
#  MIP written by GAMS Convert at 12/13/18 10:30:51
#  
#  Equation counts
#      Total        E        G        L        N        X        C        B
#          7        7        0        0        0        0        0        0
#  
#  Variable counts
#                   x        b        i      s1s      s2s       sc       si
#      Total     cont   binary  integer     sos1     sos2    scont     sint
#         20        1        0        0        0       19        0        0
#  FX      0        0        0        0        0        0        0        0
#  
#  Nonzero counts
#      Total    const       NL      DLL
#         42       42        0        0
# 
#  Reformulation has removed 1 variable and 1 equation


var s2s2 >= 0;
var s2s3 >= 0;
var s2s4 >= 0;
var s2s5 >= 0;
var s2s6 >= 0;
var s2s7 >= 0;
var s2s8 >= 0;
var s2s9 >= 0;
var s2s10 >= 0;
var s2s11 >= 0;
var s2s12 >= 0;
var s2s13 >= 0;
var s2s14 >= 0;
var s2s15 >= 0;
var s2s16 >= 0;
var s2s17 >= 0;
var s2s18 >= 0;
var s2s19 >= 0;
var s2s20 >= 0;


var z_sos1_0 binary;
var z_sos1_1 binary;
var z_sos2_0 binary;
var z_sos2_1 binary;
var z_sos2_2 binary;
var z_sos2_3 binary;
var z_sos2_4 binary;
var z_sos3_0 binary;
var z_sos3_1 binary;
var z_sos4_0 binary;
var z_sos4_1 binary;
var z_sos5_0 binary;
var z_sos5_1 binary;
var z_sos5_2 binary;

minimize obj:    3855.84*s2s3 + 2021805.84*s2s4 + 1623982.84*s2s6
     + 4892734.84*s2s7 + 6874204.84*s2s8 + 10079154.84*s2s9 + 10700344.84*s2s10
     + 13456*s2s12 + 10312120*s2s13 + 6583.98*s2s15 + 876439.98*s2s16
     + 2946300*s2s19 + 5331550*s2s20;

subject to

e1:  - 33000*s2s4 - 70000*s2s7 - 100000*s2s8 - 150000*s2s9 - 160000*s2s10
     - 165600*s2s13 - 12000*s2s16 - 42000*s2s19 - 77000*s2s20 = -239600.48;

e3:    s2s2 + s2s3 + s2s4 = 1;

e4:    s2s5 + s2s6 + s2s7 + s2s8 + s2s9 + s2s10 = 1;

e5:    s2s11 + s2s12 + s2s13 = 1;

e6:    s2s14 + s2s15 + s2s16 = 1;

e7:    s2s17 + s2s18 + s2s19 + s2s20 = 1;

sos1_s2s2: s2s2 <= z_sos1_0;

sos1_s2s3: s2s3 <= z_sos1_0 + z_sos1_1;

sos1_s2s4: s2s4 <= z_sos1_1;

sos1_one: z_sos1_0 + z_sos1_1 <= 1;

sos2_s2s5: s2s5 <= z_sos2_0;

sos2_s2s6: s2s6 <= z_sos2_0 + z_sos2_1;

sos2_s2s7: s2s7 <= z_sos2_1 + z_sos2_2;

sos2_s2s8: s2s8 <= z_sos2_2 + z_sos2_3;

sos2_s2s9: s2s9 <= z_sos2_3 + z_sos2_4;

sos2_s2s10: s2s10 <= z_sos2_4;

sos2_one: z_sos2_0 + z_sos2_1 + z_sos2_2 + z_sos2_3 + z_sos2_4 <= 1;

sos3_s2s11: s2s11 <= z_sos3_0;

sos3_s2s12: s2s12 <= z_sos3_0 + z_sos3_1;

sos3_s2s13: s2s13 <= z_sos3_1;

sos3_one: z_sos3_0 + z_sos3_1 <= 1;

sos4_s2s14: s2s14 <= z_sos4_0;

sos4_s2s15: s2s15 <= z_sos4_0 + z_sos4_1;

sos4_s2s16: s2s16 <= z_sos4_1;

sos4_one: z_sos4_0 + z_sos4_1 <= 1;

sos5_s2s17: s2s17 <= z_sos5_0;

sos5_s2s18: s2s18 <= z_sos5_0 + z_sos5_1;

sos5_s2s19: s2s19 <= z_sos5_1 + z_sos5_2;

sos5_s2s20: s2s20 <= z_sos5_2;

sos5_one: z_sos5_0 + z_sos5_1 + z_sos5_2 <= 1;

* option a < b matches each position of a to a position of b over the same set.
Set i / a, b /, j / x, y /, ij(i,j) / a.x /, jj(j), s(i);
Scalar q;
option jj < ij;
option s < i, s < jj;
Set t; option t < ij;
option q < ij;

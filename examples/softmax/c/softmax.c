/*
 * The softmax workload in C, for clang's wasm32-wasi target: the same
 * algorithm, operation for operation, as ../softmax.go (read that file's
 * package doc for the input and output formats), so that its output is
 * bit-identical to the Go builds. No libm: Exp is the package's own.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEADER 40

static void die(const char *msg) {
	fprintf(stderr, "softmax: %s\n", msg);
	exit(1);
}

static uint32_t u32(const unsigned char *p) {
	uint32_t v;
	memcpy(&v, p, 4); /* wasm32 is little-endian */
	return v;
}

static uint64_t splitmix64(uint64_t *s) {
	uint64_t z;
	*s += 0x9e3779b97f4a7c15ULL;
	z = *s;
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static double exp_neg(double x) {
	static const double c[12] = {1.0 / 39916800, 1.0 / 3628800, 1.0 / 362880, 1.0 / 40320,
		1.0 / 5040, 1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 0.5, 1, 1};
	const double log2e = 1.4426950408889634;
	const double ln2hi = 6.93147180369123816490e-01;
	const double ln2lo = 1.90821492927058770002e-10;
	double kf, r, p, scale;
	uint64_t bits;
	int i;
	if (x < -708) return 0;
	kf = __builtin_floor(x * log2e + 0.5);
	r = (x - kf * ln2hi) - kf * ln2lo;
	p = 1.0 / 479001600;
	for (i = 0; i < 12; i++) p = p * r + c[i];
	bits = (uint64_t)((int64_t)kf + 1023) << 52;
	memcpy(&scale, &bits, 8);
	return p * scale;
}

static unsigned char *read_all(size_t *len) {
	size_t cap = 1 << 20, n = 0, got;
	unsigned char *buf = malloc(cap);
	if (!buf) die("out of memory");
	while ((got = fread(buf + n, 1, cap - n, stdin)) > 0) {
		n += got;
		if (n == cap) {
			cap *= 2;
			if (!(buf = realloc(buf, cap))) die("out of memory");
		}
	}
	if (ferror(stdin)) die("reading stdin");
	*len = n;
	return buf;
}

int main(void) {
	size_t len, n, d, k, batch, epochs, stride, nx, nw, i, j, c, e, t, start, end, q;
	uint64_t rng, want;
	double lr, *x, *w, *z, *g, scale;
	uint32_t *y;
	size_t *perm;
	unsigned char *in = read_all(&len);

	if (len < HEADER || memcmp(in, "SMX1", 4) != 0) die("bad magic, want SMX1");
	n = u32(in + 4), d = u32(in + 8), k = u32(in + 12), batch = u32(in + 16), epochs = u32(in + 20);
	memcpy(&rng, in + 24, 8);
	memcpy(&lr, in + 32, 8);
	if (n == 0 || d == 0 || k < 2 || batch == 0 || n > (1 << 24) || d > (1 << 24) || k > (1 << 24))
		die("bad shape");
	stride = d + 1;
	nx = n * d, nw = k * stride;
	want = HEADER + 8 * (uint64_t)nx + 8 * (uint64_t)nw + 4 * (uint64_t)n;
	if ((uint64_t)len != want) die("bad shape: length disagrees with header");
	/* The buffer is malloc-aligned and every field offset is a multiple of
	 * its size, so the arrays can be used in place. */
	x = (double *)(in + HEADER);
	w = x + nx;
	y = (uint32_t *)(w + nw);
	for (i = 0; i < n; i++)
		if (y[i] >= k) die("label out of range");

	perm = malloc(n * sizeof *perm);
	z = malloc(k * sizeof *z);
	g = malloc(nw * sizeof *g);
	if (!perm || !z || !g) die("out of memory");
	for (i = 0; i < n; i++) perm[i] = i;

	for (e = 0; e < epochs; e++) {
		for (i = n - 1; i > 0; i--) {
			size_t s;
			j = (size_t)(splitmix64(&rng) % (uint64_t)(i + 1));
			s = perm[i], perm[i] = perm[j], perm[j] = s;
		}
		for (start = 0; start < n; start += batch) {
			end = start + batch < n ? start + batch : n;
			memset(g, 0, nw * sizeof *g);
			for (t = start; t < end; t++) {
				const double *xi = x + perm[t] * d;
				double mx = -__builtin_inf(), sum = 0;
				for (c = 0; c < k; c++) {
					const double *wc = w + c * stride;
					double s = wc[d];
					for (j = 0; j < d; j++) s += wc[j] * xi[j];
					z[c] = s;
					if (s > mx) mx = s;
				}
				for (c = 0; c < k; c++) {
					z[c] = exp_neg(z[c] - mx);
					sum += z[c];
				}
				for (c = 0; c < k; c++) {
					double p = z[c] / sum, *gc = g + c * stride;
					if (c == y[perm[t]]) p -= 1;
					for (j = 0; j < d; j++) gc[j] += p * xi[j];
					gc[d] += p;
				}
			}
			scale = lr / (double)(end - start);
			for (q = 0; q < nw; q++) w[q] -= scale * g[q];
		}
	}
	if (fwrite(w, 8, nw, stdout) != nw || fflush(stdout) != 0) die("writing stdout");
	return 0;
}

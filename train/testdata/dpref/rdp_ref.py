#!/usr/bin/env python3
"""Independent reference values for memo-compute's RDP accountant (train/account.go).

Written from the papers' formulas, with nothing taken from the Go code or
from any accounting library, in mpmath at 60 significant digits:

* RDP of the Poisson-subsampled Gaussian mechanism (sampling rate q, noise
  multiplier sigma, add/remove adjacency): Mironov, Talwar, Zhang 2019,
  "Renyi Differential Privacy of the Sampled Gaussian Mechanism"
  (arXiv:1908.10530), Sec. 3:  RDP(alpha) = log(A_alpha) / (alpha - 1) with
  A_alpha = E_{z ~ mu0}[(mu(z) / mu0(z))^alpha], mu0 = N(0, sigma^2),
  mu = (1 - q) mu0 + q N(1, sigma^2).
  Computed two ways: (1) for integer alpha, the binomial expansion of
  Sec. 3.3, A_alpha = sum_k C(alpha, k) (1-q)^(alpha-k) q^k exp((k^2 - k) / (2 sigma^2));
  (2) for any real alpha > 1, the defining integral by numerical quadrature.
  The script checks that both agree at every integer order it uses.
* Composition over T steps: RDP adds (Mironov 2017, Prop. 1).
* RDP -> (eps, delta):
  - "improved": eps = min_alpha T*RDP(alpha) + log((alpha-1)/alpha) - (log delta + log alpha)/(alpha-1),
    Balle, Barthe, Gaboardi, Hsu, Sato 2020, "Hypothesis Testing
    Interpretations and Renyi Differential Privacy", Thm. 21; Canonne, Kamath,
    Steinke 2020, "The Discrete Gaussian for Differential Privacy", Prop. 12.
    This is the conversion Google's dp-accounting RdpAccountant documents.
  - "classic": eps = min_alpha T*RDP(alpha) + log(1/delta)/(alpha-1),
    Mironov 2017, "Renyi Differential Privacy", Prop. 3, which older
    TensorFlow Privacy releases used for their published figures.

Outputs (written to reference.json beside this script), for each setting:
eps minimised over integer orders 2..128, 160, 192, 256, 320, 384, 512, 768,
1024 (the orders the Go accountant uses) and over a grid that adds the
fractional orders 1.1, 1.2, ..., 10.9 (as the published TensorFlow Privacy
figures did).

Run: python3 rdp_ref.py  (needs mpmath; takes a few minutes).
"""
import json
import math
import os

import mpmath as mp

mp.mp.dps = 60

INT_ORDERS = list(range(2, 129)) + [160, 192, 256, 320, 384, 512, 768, 1024]
FRAC_ORDERS = [1 + x / 10 for x in range(1, 100) if x % 10 != 0]


def log_a_binomial(q, sigma, alpha):
    q, s2 = mp.mpf(q), mp.mpf(sigma) ** 2
    total = mp.mpf(0)
    for k in range(alpha + 1):
        total += mp.binomial(alpha, k) * (1 - q) ** (alpha - k) * q ** k * mp.exp(mp.mpf(k * k - k) / (2 * s2))
    return mp.log(total)


def log_a_integral(q, sigma, alpha):
    q, sigma, alpha = mp.mpf(q), mp.mpf(sigma), mp.mpf(alpha)
    s2 = sigma ** 2

    def f(z):
        # mu0(z) * (mu(z)/mu0(z))^alpha; mu(z)/mu0(z) = (1-q) + q exp((2z - 1)/(2 sigma^2))
        return mp.npdf(z, 0, sigma) * ((1 - q) + q * mp.exp((2 * z - 1) / (2 * s2))) ** alpha

    # The integrand peaks near z = 0 and, for large alpha, near z = alpha; split there.
    pts = sorted({-mp.inf, mp.mpf(0), mp.mpf(0.5), alpha / 2, alpha, 2 * alpha, mp.inf})
    return mp.log(mp.quad(f, pts))


def rdp(q, sigma, alpha, method):
    if q == 1:
        return mp.mpf(alpha) / (2 * mp.mpf(sigma) ** 2)
    la = log_a_binomial(q, sigma, alpha) if method == "binomial" else log_a_integral(q, sigma, alpha)
    return la / (mp.mpf(alpha) - 1)


def eps_of(rdps, steps, delta, conversion):
    best, order = mp.inf, None
    ld = mp.log(mp.mpf(delta))
    for alpha, r in rdps.items():
        a = mp.mpf(alpha)
        if conversion == "improved":
            e = steps * r + mp.log((a - 1) / a) - (ld + mp.log(a)) / (a - 1)
        else:
            e = steps * r - ld / (a - 1)
        if e < best:
            best, order = e, alpha
    return max(best, mp.mpf(0)), order


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "inputs.json")) as f:
        settings = json.load(f)["settings"]
    out = []
    for s in settings:
        q, sigma, steps, delta = s["q"], s["sigma"], s["steps"], s["delta"]
        ints = {a: rdp(q, sigma, a, "binomial") for a in INT_ORDERS}
        if q < 1:
            for a in (2, 3, 8, 32):  # the two computations of A_alpha must agree
                r2 = rdp(q, sigma, a, "integral")
                assert abs(r2 - ints[a]) <= mp.mpf("1e-20") * max(mp.mpf(1), abs(ints[a])), (s["name"], a, ints[a], r2)
        fracs = {a: rdp(q, sigma, a, "integral") for a in FRAC_ORDERS}
        row = dict(s)
        for conv in ("improved", "classic"):
            e, o = eps_of(ints, steps, delta, conv)
            ef, of = eps_of({**ints, **fracs}, steps, delta, conv)
            row[conv] = {"epsIntegerOrders": float(e), "order": o, "epsWithFractionalOrders": float(ef), "orderWithFractional": of}
        out.append(row)
        print(s["name"], row["improved"], row["classic"], flush=True)
    with open(os.path.join(here, "reference.json"), "w") as f:
        json.dump({"generator": "rdp_ref.py (mpmath %s, %d digits)" % (mp.__version__, mp.mp.dps), "results": out}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()

// Just enough astronomy for the Chinese calendar, from Jean Meeus, "Astronomical Algorithms" (2nd ed.):
//  - the Sun's apparent longitude from the VSOP87 Earth series (truncated, ch. 25/32) → the 24 solar terms
//  - mean new moon plus periodic and planetary corrections (ch. 49) → the first day of each lunar month
// Accuracy: solar terms within about a minute, new moons within a couple of minutes for 2000–2100,
// far better than needed unless an event falls within minutes of midnight in Asia/Shanghai
// (tests pin every 2026–2030 date against published calendars).

const DEG = Math.PI / 180
const J2000 = 2451545.0

/** ΔT = TT − UT in seconds (Espenak & Meeus polynomial for 2005–2050). */
export function deltaTSeconds(year: number): number {
  const t = year - 2000
  return 62.92 + 0.32217 * t + 0.005589 * t * t
}

// VSOP87 Earth heliocentric longitude terms [A, B, C]: A·cos(B + C·τ), τ in Julian millennia from J2000.
const L0: [number, number, number][] = [
  [175347046, 0, 0], [3341656, 4.6692568, 6283.07585], [34894, 4.6261, 12566.1517], [3497, 2.7441, 5753.3849],
  [3418, 2.8289, 3.5231], [3136, 3.6277, 77713.7715], [2676, 4.4181, 7860.4194], [2343, 6.1352, 3930.2097],
  [1324, 0.7425, 11506.7698], [1273, 2.0371, 529.691], [1199, 1.1096, 1577.3435], [990, 5.233, 5884.927],
  [902, 2.045, 26.298], [857, 3.508, 398.149], [780, 1.179, 5223.694], [753, 2.533, 5507.553],
  [505, 4.583, 18849.228], [492, 4.205, 775.523], [357, 2.92, 0.067], [317, 5.849, 11790.629],
  [284, 1.899, 796.298], [271, 0.315, 10977.079], [243, 0.345, 5486.778], [206, 4.806, 2544.314],
  [205, 1.869, 5573.143], [202, 2.458, 6069.777], [156, 0.833, 213.299], [132, 3.411, 2942.463],
  [126, 1.083, 20.775], [115, 0.645, 0.98], [103, 0.636, 4694.003], [102, 0.976, 15720.839],
  [102, 4.267, 7.114], [99, 6.21, 2146.17], [98, 0.68, 155.42], [86, 5.98, 161000.69],
  [85, 1.3, 6275.96], [85, 3.67, 71430.7], [80, 1.81, 17260.15], [79, 3.04, 12036.46],
  [75, 1.76, 5088.63], [74, 3.5, 3154.69], [74, 4.68, 801.82], [70, 0.83, 9437.76],
  [62, 3.98, 8827.39], [61, 1.82, 7084.9], [57, 2.78, 6286.6], [56, 4.39, 14143.5],
  [56, 3.47, 6279.55], [52, 0.19, 12139.55], [52, 1.33, 1748.02], [51, 0.28, 5856.48],
  [49, 0.49, 1194.45], [41, 5.37, 8429.24], [41, 2.4, 19651.05], [39, 6.17, 10447.39],
  [37, 6.04, 10213.29], [37, 2.57, 1059.38], [36, 1.71, 2352.87], [36, 1.78, 6812.77],
  [33, 0.59, 17789.85], [30, 0.44, 83996.85], [30, 2.74, 1349.87], [25, 3.16, 4690.48],
]
const L1: [number, number, number][] = [
  [628331966747, 0, 0], [206059, 2.678235, 6283.07585], [4303, 2.6351, 12566.1517], [425, 1.59, 3.523],
  [119, 5.796, 26.298], [109, 2.966, 1577.344], [93, 2.59, 18849.23], [72, 1.14, 529.69], [68, 1.87, 398.15],
  [67, 4.41, 5507.55], [59, 2.89, 5223.69], [56, 2.17, 155.42], [45, 0.4, 796.3], [36, 0.47, 775.52],
  [29, 2.65, 7.11], [21, 5.34, 0.98], [19, 1.85, 5486.78], [19, 4.97, 213.3], [17, 2.99, 6275.96],
  [16, 0.03, 2544.31], [16, 1.43, 2146.17], [15, 1.21, 10977.08], [12, 2.83, 1748.02], [12, 3.26, 5088.63],
  [12, 5.27, 1194.45], [12, 2.08, 4694.0], [11, 0.77, 553.57], [10, 1.3, 6286.6], [10, 4.24, 1349.87],
  [9, 2.7, 242.73], [9, 5.64, 951.72], [8, 5.3, 2352.87], [6, 2.65, 9437.76], [6, 4.67, 4690.48],
]
const L2: [number, number, number][] = [
  [52919, 0, 0], [8720, 1.0721, 6283.0758], [309, 0.867, 12566.152], [27, 0.05, 3.52], [16, 5.19, 26.3],
  [16, 3.68, 155.42], [10, 0.76, 18849.23], [9, 2.06, 77713.77], [7, 0.83, 775.52], [5, 4.66, 1577.34],
  [4, 1.03, 7.11], [4, 3.44, 5573.14], [3, 5.14, 796.3], [3, 6.05, 5507.55], [3, 1.19, 242.73],
  [3, 6.12, 529.69], [3, 0.31, 398.15], [3, 2.28, 553.57], [2, 4.38, 5223.69], [2, 3.75, 0.98],
]
const L3: [number, number, number][] = [
  [289, 5.844, 6283.076], [35, 0, 0], [17, 5.49, 12566.15], [3, 5.2, 155.42], [1, 4.72, 3.52], [1, 5.3, 18849.23], [1, 5.97, 242.73],
]
const L4: [number, number, number][] = [[114, 3.142, 0], [8, 4.13, 6283.08], [1, 3.84, 12566.15]]
const L5: [number, number, number][] = [[1, 3.14, 0]]

function series(terms: [number, number, number][], tau: number): number {
  let s = 0
  for (const [a, b, c] of terms) s += a * Math.cos(b + c * tau)
  return s
}

const norm360 = (x: number) => ((x % 360) + 360) % 360

/** Apparent geocentric longitude of the Sun in degrees (0–360) at Julian Ephemeris Day jde. */
export function sunApparentLongitude(jde: number): number {
  const tau = (jde - J2000) / 365250
  const L =
    (series(L0, tau) + series(L1, tau) * tau + series(L2, tau) * tau ** 2 + series(L3, tau) * tau ** 3 +
      series(L4, tau) * tau ** 4 + series(L5, tau) * tau ** 5) / 1e8
  let lon = norm360(L / DEG + 180) // geocentric = heliocentric Earth + 180°
  lon -= 0.09033 / 3600 // to FK5
  const T = tau * 10
  // Nutation in longitude (IAU 1980, largest terms) and aberration.
  const omega = (125.04452 - 1934.136261 * T) * DEG
  const Ls = (280.4665 + 36000.7698 * T) * DEG
  const Lm = (218.3165 + 481267.8813 * T) * DEG
  const dPsi = (-17.2 * Math.sin(omega) - 1.32 * Math.sin(2 * Ls) - 0.23 * Math.sin(2 * Lm) + 0.21 * Math.sin(2 * omega)) / 3600
  const M = (357.52911 + 35999.05029 * T) * DEG
  const R = 1.000140612 - 0.016708617 * Math.cos(M) - 0.000139589 * Math.cos(2 * M)
  const aberration = -20.4898 / 3600 / R
  return norm360(lon + dPsi + aberration)
}

/** JDE at which the Sun's apparent longitude equals `targetDeg`, searched near `jdeGuess` (± 20 days). */
export function jdeOfSunLongitude(targetDeg: number, jdeGuess: number): number {
  let jde = jdeGuess
  for (let i = 0; i < 50; i++) {
    let diff = targetDeg - sunApparentLongitude(jde)
    diff = ((diff + 540) % 360) - 180 // shortest signed angle
    jde += diff * (365.2422 / 360)
    if (Math.abs(diff) < 1e-7) break
  }
  return jde
}

export function jdToDate(jd: number): Date {
  return new Date((jd - 2440587.5) * 86400000)
}

export function dateToJd(date: Date): number {
  return date.getTime() / 86400000 + 2440587.5
}

/** TT (JDE) → UTC instant. */
export function jdeToUtc(jde: number): Date {
  const approx = jdToDate(jde)
  return new Date(approx.getTime() - deltaTSeconds(approx.getUTCFullYear() + approx.getUTCMonth() / 12) * 1000)
}

/** Instant (UTC) of the new moon with lunation number k (k = 0 is the new moon of 2000-01-06). */
export function newMoonUtc(k: number): Date {
  const T = k / 1236.85
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T ** 2 - 0.00000015 * T ** 3 + 0.00000000073 * T ** 4
  const E = 1 - 0.002516 * T - 0.0000074 * T ** 2
  const M = (2.5534 + 29.1053567 * k - 0.0000014 * T ** 2 - 0.00000011 * T ** 3) * DEG
  const Mp = (201.5643 + 385.81693528 * k + 0.0107582 * T ** 2 + 0.00001238 * T ** 3 - 0.000000058 * T ** 4) * DEG
  const F = (160.7108 + 390.67050284 * k - 0.0016118 * T ** 2 - 0.00000227 * T ** 3 + 0.000000011 * T ** 4) * DEG
  const O = (124.7746 - 1.56375588 * k + 0.0020672 * T ** 2 + 0.00000215 * T ** 3) * DEG
  const s = Math.sin
  jde +=
    -0.4072 * s(Mp) + 0.17241 * E * s(M) + 0.01608 * s(2 * Mp) + 0.01039 * s(2 * F) + 0.00739 * E * s(Mp - M) -
    0.00514 * E * s(Mp + M) + 0.00208 * E * E * s(2 * M) - 0.00111 * s(Mp - 2 * F) - 0.00057 * s(Mp + 2 * F) +
    0.00056 * E * s(2 * Mp + M) - 0.00042 * s(3 * Mp) + 0.00042 * E * s(M + 2 * F) + 0.00038 * E * s(M - 2 * F) -
    0.00024 * E * s(2 * Mp - M) - 0.00017 * s(O) - 0.00007 * s(Mp + 2 * M) + 0.00004 * s(2 * Mp - 2 * F) +
    0.00004 * s(3 * M) + 0.00003 * s(Mp + M - 2 * F) + 0.00003 * s(2 * Mp + 2 * F) - 0.00003 * s(Mp + M + 2 * F) +
    0.00003 * s(Mp - M + 2 * F) - 0.00002 * s(Mp - M - 2 * F) - 0.00002 * s(3 * Mp + M) + 0.00002 * s(4 * Mp)
  const A = [
    299.77 + 0.107408 * k - 0.009173 * T ** 2, 251.88 + 0.016321 * k, 251.83 + 26.651886 * k, 349.42 + 36.412478 * k,
    84.66 + 18.206239 * k, 141.74 + 53.303771 * k, 207.14 + 2.453732 * k, 154.84 + 7.30686 * k, 34.52 + 27.261239 * k,
    207.19 + 0.121824 * k, 291.34 + 1.844379 * k, 161.72 + 24.198154 * k, 239.56 + 25.513099 * k, 331.55 + 3.592518 * k,
  ]
  const C = [0.000325, 0.000165, 0.000164, 0.000126, 0.00011, 0.000062, 0.00006, 0.000056, 0.000047, 0.000042, 0.00004, 0.000037, 0.000035, 0.000023]
  for (let i = 0; i < A.length; i++) jde += C[i] * Math.sin(A[i] * DEG)
  return jdeToUtc(jde)
}

/** Approximate lunation number of the new moon nearest to `date`. */
export function lunationNear(date: Date): number {
  return Math.round((dateToJd(date) - 2451550.09766) / 29.530588861)
}

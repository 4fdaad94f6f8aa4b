// Deterministic elementary functions. JavaScript's Math.sin, Math.exp… may return different bits
// on different engines and CPUs; these use only + − × ÷, Math.sqrt and Math.floor, which IEEE 754
// rounds identically everywhere, so a recording made on a headset replays bit-identically in Node.

export const PI = 3.141592653589793
export const TAU = 6.283185307179586
export const HALF_PI = 1.5707963267948966
const QUARTER_PI = 0.7853981633974483
const LN2 = 0.6931471805599453
const TAN_PI_8 = 0.41421356237309503

/** sin on [−π/4, π/4] (Taylor to x¹⁷: error < 1e-16 there). */
function sinKernel(x: number): number {
  const x2 = x * x
  let term = x
  let sum = x
  for (let n = 1; n <= 8; n++) {
    term *= -x2 / (2 * n * (2 * n + 1))
    sum += term
  }
  return sum
}

/** cos on [−π/4, π/4] (Taylor to x¹⁶). */
function cosKernel(x: number): number {
  const x2 = x * x
  let term = 1
  let sum = 1
  for (let n = 1; n <= 8; n++) {
    term *= -x2 / ((2 * n - 1) * (2 * n))
    sum += term
  }
  return sum
}

/** Reduces x to r in [−π/4, π/4] and the quadrant q (x = q·π/2 + r). */
function reduce(x: number): { r: number; q: number } {
  const q = Math.floor(x / HALF_PI + 0.5)
  return { r: x - q * HALF_PI, q: ((q % 4) + 4) % 4 }
}

export function sin(x: number): number {
  const { r, q } = reduce(x)
  switch (q) {
    case 0:
      return sinKernel(r)
    case 1:
      return cosKernel(r)
    case 2:
      return -sinKernel(r)
    default:
      return -cosKernel(r)
  }
}

export function cos(x: number): number {
  const { r, q } = reduce(x)
  switch (q) {
    case 0:
      return cosKernel(r)
    case 1:
      return -sinKernel(r)
    case 2:
      return -cosKernel(r)
    default:
      return sinKernel(r)
  }
}

/** atan on [0, tan(π/8)] by its series (|x| ≤ 0.4142: 24 terms reach 1e-17). */
function atanKernel(x: number): number {
  const x2 = x * x
  let power = x
  let sum = x
  for (let n = 1; n <= 24; n++) {
    power *= -x2
    sum += power / (2 * n + 1)
  }
  return sum
}

export function atan(x: number): number {
  if (Number.isNaN(x)) return NaN
  const sign = x < 0 ? -1 : 1
  let a = Math.abs(x)
  let offset = 0
  if (a > 1) {
    offset = HALF_PI
    a = 1 / a
  }
  let reduced: number
  if (a > TAN_PI_8) reduced = QUARTER_PI + atanKernel((a - 1) / (a + 1))
  else reduced = atanKernel(a)
  return sign * (offset === 0 ? reduced : offset - reduced)
}

export function atan2(y: number, x: number): number {
  if (x > 0) return atan(y / x)
  if (x < 0) return y >= 0 ? atan(y / x) + PI : atan(y / x) - PI
  if (y > 0) return HALF_PI
  if (y < 0) return -HALF_PI
  return 0
}

export function acos(x: number): number {
  const clamped = clamp(x, -1, 1)
  return atan2(Math.sqrt(1 - clamped * clamped), clamped)
}

export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN
  if (x > 709) return Infinity
  if (x < -745) return 0
  const k = Math.floor(x / LN2 + 0.5)
  const r = x - k * LN2
  let term = 1
  let sum = 1
  for (let n = 1; n <= 18; n++) {
    term *= r / n
    sum += term
  }
  return sum * powerOfTwo(k)
}

/** 2^k for an integer k, exactly, by repeated doubling/halving. */
function powerOfTwo(k: number): number {
  let result = 1
  const factor = k < 0 ? 0.5 : 2
  for (let i = Math.abs(k); i > 0; i--) result *= factor
  return result
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value
}

/** Wraps an angle to (−π, π]. */
export function wrapAngle(angle: number): number {
  const wrapped = angle - TAU * Math.floor((angle + PI) / TAU)
  return wrapped === -PI ? PI : wrapped
}

export const degreesToRadians = (degrees: number): number => (degrees * PI) / 180

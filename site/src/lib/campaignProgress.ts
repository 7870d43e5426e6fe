/**
 * How far a campaign has come, as a whole percentage for people: rounded
 * (1,240 of 5,000 is 25 percent), but never 100 before the goal is reached,
 * nor 0 once something is; past the goal it says so (130 percent).
 */
export const percentOf = (reached: number, target: number): number => {
  if (target <= 0 || reached <= 0) return 0
  const rounded = Math.round((reached / target) * 100)
  if (reached < target) return Math.min(99, Math.max(1, rounded))
  return rounded
}

// natural's index pulls in its whole toolbox (and dotenv, which prints to stdout): the
// distance modules are imported on their own, and these are their shapes.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  export default function jaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
}
declare module 'natural/lib/natural/distance/dice_coefficient.js' {
  export default function diceCoefficient(s1: string, s2: string): number;
}

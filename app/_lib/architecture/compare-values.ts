/** The values of the "which one when" comparison, in order (a sort follows this order, not the spelling). */
export const COMPARE_SCALES = ["small", "medium", "large", "global"] as const;
export const COMPARE_LEVELS = ["low", "medium", "high"] as const;
export const COMPARE_TEAMS = ["solo", "small", "medium", "large"] as const;

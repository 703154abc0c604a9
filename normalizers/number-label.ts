// The "Số" label as an engine without Vietnamese reads it in figures: its S as 8, 5, 3 or a dollar
// sign, its ố as 6 or o ("86:5619", "36:4312", "56:…", "$6:990"). One spelling of the family, for
// every reader of a number line to build its pattern from (normalizers and extractors alike).
export const NUMBER_LABEL_AS_FIGURES_SOURCE = '[358$][6o]';

/** A row's or a group's index in a layout table: "12", "3.2", "IV", "2.". */
export const INDEX = /^(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,5})[.)]?$/;

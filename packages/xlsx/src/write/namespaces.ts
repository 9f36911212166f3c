/** The XML declaration every part starts with. */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** SpreadsheetML's main namespace. */
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** Relationship ids inside parts (r:id). */
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The package's relationship parts (*.rels). */
export const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

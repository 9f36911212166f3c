// Public entry of @zsyz/xlsx: .xlsx bytes → grids (the reader) and WorkbookPlans / grids →
// .xlsx bytes (the writer). Pure TypeScript: the same code runs in Node, a page and a Worker.

// --- reader (src/read/) ---

// --- writer (src/write/) ---

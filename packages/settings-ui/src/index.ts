export { SettingsEditor } from "./SettingsEditor.js";
export type { RuleSheet, SettingsEditorProps } from "./SettingsEditor.js";
export { SettingsTransfer } from "./SettingsTransfer.js";
export { CustomIndicatorsForm } from "./CustomIndicatorsForm.js";
export { PolicyForm } from "./PolicyForm.js";
export { RequirementsForm } from "./RequirementsForm.js";
export type { IndicatorOption } from "./RequirementsForm.js";
export { SchemeForm } from "./SchemeForm.js";
export { copyWithTextarea } from "./copyWithTextarea.js";

/*
 * 招商台账 WPS 加载项: the ribbon's callbacks. Plain ES5 and synchronous on purpose: WPS calls
 * these from its ribbon, where an async callback can leave the ribbon blank in some builds, and
 * the embedded browser may be old. The pane itself (taskpane/wps.html) is the shared React pane.
 */
/* eslint-disable no-var */
var ZSYZ_PANE_KEY = "zsyz_taskpane_id";

function zsyzApp() {
  return window.Application;
}

function GetUrlPath() {
  var url = document.location.href;
  var end = url.lastIndexOf("/");
  return end > 0 ? url.substring(0, end) : url;
}

/** Opens the pane, or shows it again if it was opened before in this WPS session. */
function zsyzShowPane() {
  var app = zsyzApp();
  var id = app.PluginStorage.getItem(ZSYZ_PANE_KEY);
  var pane = id ? app.GetTaskPane(id) : null;
  if (!pane) {
    pane = app.CreateTaskPane(GetUrlPath() + "/taskpane/wps.html");
    app.PluginStorage.setItem(ZSYZ_PANE_KEY, pane.ID);
  }
  pane.Visible = true;
}

function OnAddinLoad(ribbonUI) {
  var app = zsyzApp();
  if (typeof app.ribbonUI !== "object") app.ribbonUI = ribbonUI;
  return true;
}

function OnAction(control) {
  if (control.Id === "zsyzOpenPane") zsyzShowPane();
  return true;
}

function GetImage(control) {
  return control.Id === "zsyzOpenPane" ? "images/zsyz.png" : "";
}

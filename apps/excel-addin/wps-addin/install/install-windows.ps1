# 安装「招商台账」WPS 表格加载项（Windows）：双击同一文件夹里的 install-windows.cmd。
# 把 zsyz.7z 和 zsyz_1.0.0\ 复制到本用户的 WPS 加载项目录 %APPDATA%\kingsoft\wps\jsaddons，
# 并在 publish.xml 中登记（保留其他加载项，原文件另存为 publish.xml.bak）。
$ErrorActionPreference = 'Stop'
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$name = 'zsyz'
$folder = 'zsyz_1.0.0'
if (-not (Test-Path (Join-Path $here "$name.7z")) -or -not (Test-Path (Join-Path $here $folder))) {
  Write-Host "没有找到 $name.7z 和 $folder：请先完整解压安装包，再运行 install-windows.cmd。"
  exit 1
}
$addons = Join-Path $env:APPDATA 'kingsoft\wps\jsaddons'
New-Item -ItemType Directory -Force -Path $addons | Out-Null
Copy-Item (Join-Path $here "$name.7z") (Join-Path $addons "$name.7z") -Force
$target = Join-Path $addons $folder
if (Test-Path $target) { Remove-Item $target -Recurse -Force }
Copy-Item (Join-Path $here $folder) $target -Recurse

$publish = Join-Path $addons 'publish.xml'
if (Test-Path $publish) {
  Copy-Item $publish "$publish.bak" -Force
  [xml]$doc = Get-Content $publish -Raw -Encoding UTF8
} else {
  [xml]$doc = '<?xml version="1.0" encoding="UTF-8"?><jsplugins></jsplugins>'
}
$root = $doc.DocumentElement
foreach ($old in @($root.SelectNodes("*[@name='$name']"))) { [void]$root.RemoveChild($old) }
$entry = $doc.CreateElement('jsplugin')
$url = 'file:///' + ((Join-Path $addons "$name.7z") -replace '\\', '/')
foreach ($pair in @(@('name', $name), @('type', 'et'), @('url', $url), @('version', '1.0.0'),
                    @('enable', 'true'), @('install', 'null'))) {
  $entry.SetAttribute($pair[0], $pair[1])
}
[void]$root.AppendChild($entry)
$doc.Save($publish)
Write-Host "已安装「招商台账」WPS 加载项到 $addons"
Write-Host '请关闭并重新打开 WPS 表格，在「开始」选项卡点击「招商台账」。'

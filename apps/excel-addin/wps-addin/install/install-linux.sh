#!/bin/sh
# 安装「招商台账」WPS 表格加载项（统信 UOS、麒麟等 Linux）：在本文件所在的文件夹里运行
#   sh install-linux.sh
# 把 zsyz.7z 和 zsyz_1.0.0/ 复制到本用户的 WPS 加载项目录，并在 publish.xml 中登记（保留其他加载项）。
set -eu
here=$(cd "$(dirname "$0")" && pwd)
addons="${HOME}/.local/share/Kingsoft/wps/jsaddons"
name=zsyz
folder=zsyz_1.0.0

if [ ! -f "$here/$name.7z" ] || [ ! -d "$here/$folder" ]; then
  echo "没有找到 $name.7z 和 $folder：请在解压后的安装文件夹里运行本脚本。" >&2
  exit 1
fi
mkdir -p "$addons"
cp -f "$here/$name.7z" "$addons/$name.7z"
rm -rf "${addons:?}/$folder"
cp -R "$here/$folder" "$addons/$folder"

entry="<jsplugin name=\"$name\" type=\"et\" url=\"file://$addons/$name.7z\" version=\"1.0.0\" enable=\"true\" install=\"null\"/>"
publish="$addons/publish.xml"
if [ -f "$publish" ] && grep -q '</jsplugins>' "$publish"; then
  cp -f "$publish" "$publish.bak"
  # Our old entry goes; every other add-in's entry stays as it was.
  escaped=$(printf '%s' "$entry" | sed 's/[&|\\]/\\&/g')
  sed -e "s|<jsplugin[^>]*name=\"$name\"[^>]*/>||g" -e "s|</jsplugins>|  $escaped\n</jsplugins>|" \
    "$publish.bak" > "$publish"
else
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  %s\n</jsplugins>\n' "$entry" > "$publish"
fi
echo "已安装「招商台账」WPS 加载项到 $addons"
echo "请关闭并重新打开 WPS 表格，在「开始」选项卡点击「招商台账」。"

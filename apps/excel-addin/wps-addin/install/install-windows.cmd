@echo off
rem Installs the zsyz WPS add-in for this Windows user (see install-windows.ps1).
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-windows.ps1"
pause

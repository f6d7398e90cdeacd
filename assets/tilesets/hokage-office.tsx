<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="hokage-office" tilewidth="40" tileheight="40" tilecount="519" columns="32">
 <image source="hokage-office.png" width="1280" height="680"/>
</tileset>

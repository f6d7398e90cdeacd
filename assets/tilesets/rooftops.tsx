<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="rooftops" tilewidth="40" tileheight="40" tilecount="517" columns="32">
 <image source="rooftops.png" width="1280" height="680"/>
</tileset>

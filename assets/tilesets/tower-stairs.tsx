<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="tower-stairs" tilewidth="40" tileheight="40" tilecount="262" columns="32">
 <image source="tower-stairs.png" width="1280" height="360"/>
</tileset>

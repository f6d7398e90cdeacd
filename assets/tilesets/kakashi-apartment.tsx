<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="kakashi-apartment" tilewidth="40" tileheight="40" tilecount="428" columns="32">
 <image source="kakashi-apartment.png" width="1280" height="560"/>
</tileset>

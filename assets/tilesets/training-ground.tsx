<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="training-ground" tilewidth="40" tileheight="40" tilecount="656" columns="32">
 <image source="training-ground.png" width="1280" height="840"/>
</tileset>

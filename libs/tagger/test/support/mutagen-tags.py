"""Prints what mutagen reads from an audio file as JSON: tag items, pictures, stream facts.

Usage: python3 mutagen-tags.py <file>. Keys are mutagen's own (ID3 HashKey, MP4 atom, Vorbis key
upper-cased); every value is a list of strings; pictures are described by type, MIME type, size and SHA-1.
"""
import base64
import hashlib
import json
import sys

import mutagen
from mutagen.apev2 import APEv2, APENoHeaderError
from mutagen.flac import FLAC, Picture
from mutagen.id3 import ID3FileType
from mutagen.mp4 import MP4


def picture(kind, mime, data):
    return {"type": kind, "mime": mime, "bytes": len(data), "sha1": hashlib.sha1(data).hexdigest()}


def id3_items(tags):
    items, pictures = {}, []
    for key, frame in tags.items():
        name = frame.FrameID
        if name == "APIC":
            pictures.append(picture(frame.type, frame.mime, frame.data))
        elif name == "UFID":
            items[key] = [frame.data.decode("ascii")]
        elif name == "USLT":
            items[key] = [frame.text]
        elif name.startswith("W") and name != "WXXX":
            items[key] = [frame.url]
        else:
            items[key] = [str(text) for text in frame.text]
    return items, pictures, {"id3_version": "2.%d" % tags.version[1]}


def mp4_items(tags):
    items, pictures = {}, []
    for key, values in tags.items():
        if key == "covr":
            mimes = {13: "image/jpeg", 14: "image/png"}
            pictures.extend(picture(3, mimes.get(v.imageformat, "?"), bytes(v)) for v in values)
        elif key in ("trkn", "disk"):
            items[key] = ["%d/%d" % pair for pair in values]
        elif isinstance(values, bool):
            items[key] = ["1" if values else "0"]
        else:
            items[key] = [v.decode("utf-8") if isinstance(v, bytes) else str(v) for v in values]
    return items, pictures, {}


def vorbis_items(audio):
    items, pictures = {}, []
    for key, value in audio.tags:
        if key.upper() == "METADATA_BLOCK_PICTURE":
            block = Picture(base64.b64decode(value))
            pictures.append(picture(block.type, block.mime, block.data))
        else:
            items.setdefault(key.upper(), []).append(value)
    if isinstance(audio, FLAC):
        pictures.extend(picture(p.type, p.mime, p.data) for p in audio.pictures)
    return items, pictures, {}


def has_id3v1(path):
    with open(path, "rb") as f:
        f.seek(-128, 2)
        return f.read(3) == b"TAG"


def has_ape(path):
    try:
        APEv2(path)
        return True
    except APENoHeaderError:
        return False


def main(path):
    audio = mutagen.File(path)
    if audio is None:
        raise SystemExit("mutagen does not know this file: " + path)
    if isinstance(audio, ID3FileType):
        items, pictures, extra = id3_items(audio.tags)
        extra.update({"id3v1": has_id3v1(path), "ape": has_ape(path)})
    elif isinstance(audio, MP4):
        items, pictures, extra = mp4_items(audio.tags)
    else:
        items, pictures, extra = vorbis_items(audio)
    info = audio.info
    stream = {
        "kind": type(audio).__name__,
        "length": info.length,
        "sample_rate": getattr(info, "sample_rate", None),
        "channels": getattr(info, "channels", None),
    }
    print(json.dumps({"items": items, "pictures": pictures, "stream": stream, **extra}, ensure_ascii=False))


main(sys.argv[1])

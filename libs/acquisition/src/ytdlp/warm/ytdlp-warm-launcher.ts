/**
 * The Python program a warm yt-dlp runs (`python -c`), given the yt-dlp program's path as its one argument. It
 * imports the very yt_dlp that program would (the zipapp itself when the program is one, else the interpreter's
 * own), says so on fd 3, then blocks until one JSON line arrives on stdin: the argv a cold start would have been
 * given. From there it is the yt-dlp command line: same argv, stdin /dev/null, yt-dlp's exit code. Should the
 * server go away first, stdin ends and the launcher exits without doing anything.
 *
 * Fd 3 carries `ready` or `failed: <why>`, so stdout and stderr hold nothing but yt-dlp's own output.
 */
export const WARM_LAUNCHER_SOURCE = String.raw`
import json, os, sys, zipfile

def tell(message):
    os.write(3, (message + '\n').encode('utf-8', 'replace'))
    os.close(3)

program = sys.argv[1]
# "python -c" puts the working folder first on sys.path; yt-dlp's own script never has it there.
if sys.path and sys.path[0] == '':
    del sys.path[0]
try:
    if zipfile.is_zipfile(program):
        sys.path.insert(0, program)
    import yt_dlp
    from yt_dlp.extractor import gen_extractor_classes
    # Every download asks each extractor whether the URL is its own; compiling their patterns now is what a
    # cold start spends most of its time on before the first request.
    for extractor in gen_extractor_classes():
        try:
            extractor.suitable('')
        except Exception:
            pass
    # The extractors downloads meet (YouTube's, and the generic one behind direct links) are loaded lazily on
    # first use; loading them is most of what is left of a cold start.
    for module in ('yt_dlp.extractor.generic', 'yt_dlp.extractor.youtube'):
        try:
            __import__(module)
        except Exception:
            pass
except BaseException as error:
    tell('failed: cannot import yt_dlp for %s (%s: %s)' % (program, type(error).__name__, error))
    sys.exit(3)
tell('ready')
line = sys.stdin.readline()
if not line.strip():
    sys.exit(0)
argv = json.loads(line)
null = os.open(os.devnull, os.O_RDONLY)
os.dup2(null, 0)
os.close(null)
sys.argv = [program] + argv
yt_dlp.main(argv)
`;

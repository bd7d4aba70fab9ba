#!/usr/bin/env python3
"""Reads SPICE raw files (binary, as ngspice 39 writes them; several plots per file) and prints
each plot's name, point count and vectors, or checks them.

    rawcheck.py FILE.raw ...          summary of every plot
    rawcheck.py --values FILE.raw     also the values (17 significant digits)
    rawcheck.py --check FILE.raw ...  exit 1 unless every file parses exactly to its end, every plot
                                      is real with at least one point and one vector, and no value
                                      is NaN or infinite
"""
import math
import struct
import sys


def read(path):
    data = open(path, 'rb').read()
    pos, plots = 0, []
    while pos < len(data):
        header = {}
        names = []
        while True:
            eol = data.index(b'\n', pos)
            line = data[pos:eol].decode('latin-1')
            pos = eol + 1
            if line.startswith('Variables:'):
                for _ in range(int(header['No. Variables'])):
                    eol = data.index(b'\n', pos)
                    fields = data[pos:eol].decode('latin-1').split()
                    pos = eol + 1
                    names.append((fields[1], fields[2] if len(fields) > 2 else 'notype'))
            elif line.startswith('Binary:'):
                break
            elif line.startswith('Values:'):
                raise ValueError(path + ': ASCII raw file; the golden references are binary')
            elif ':' in line:
                key, value = line.split(':', 1)
                header[key.strip()] = value.strip()
        nvars, npoints = int(header['No. Variables']), int(header['No. Points'])
        if 'complex' in header.get('Flags', ''):
            raise ValueError(path + ': complex plot ' + header.get('Plotname', '?'))
        size = 8 * nvars * npoints
        if pos + size > len(data):
            raise ValueError(path + ': plot %r is cut short' % header.get('Plotname'))
        values = struct.unpack('<%dd' % (nvars * npoints), data[pos:pos + size])
        pos += size
        rows = [values[r * nvars:(r + 1) * nvars] for r in range(npoints)]
        plots.append({'plotname': header.get('Plotname', ''), 'vars': names, 'rows': rows})
    return plots


def main(argv):
    check = '--check' in argv
    show = '--values' in argv
    files = [a for a in argv if not a.startswith('--')]
    bad = 0
    for f in files:
        try:
            plots = read(f)
            if not plots:
                raise ValueError(f + ': no plots')
            for p in plots:
                if not p['rows'] or not p['vars']:
                    raise ValueError(f + ': empty plot ' + p['plotname'])
                if any(not math.isfinite(v) for r in p['rows'] for v in r):
                    raise ValueError(f + ': NaN or infinity in ' + p['plotname'])
        except (ValueError, KeyError, OSError) as e:
            print('BAD', e, file=sys.stderr)
            bad += 1
            continue
        if check:
            continue
        print(f)
        for p in plots:
            print('  %s: %d point(s): %s' % (p['plotname'], len(p['rows']),
                                            ' '.join(n for n, _ in p['vars'])))
            if show:
                for k, (n, t) in enumerate(p['vars']):
                    print('    %-24s %-8s %s' % (n, t, ' '.join('%.17g' % r[k] for r in p['rows'])))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

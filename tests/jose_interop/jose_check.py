"""Checks C-TPAT signed profile files with an independent JOSE stack (jwcrypto, rfc8785).

The file format (docs/file-formats.md §1) is a readable "profile" plus a detached flattened
JWS: any JOSE library verifies it by using RFC 8785 JCS(profile) as the detached payload of
"protected..signature". This script does exactly that, without any of our code, and can also
sign files with fresh keys so that our verifier is checked against another signer.

Usage:
  jose_check.py check-installed
  jose_check.py verify FILE         prints the signer's RFC 7638 thumbprint; exit 1 if invalid
  jose_check.py sign DIR COUNT      writes COUNT files, prints "PATH<TAB>THUMBPRINT" per file
"""

import json
import os
import sys

SUBMISSION_TYPE = "ctpat-profile+jws"


def check_installed():
    import jwcrypto  # noqa: F401
    import rfc8785  # noqa: F401

    print("jwcrypto and rfc8785 are installed")


def verify(path):
    import rfc8785
    from jwcrypto import jwk, jws
    from jwcrypto.common import base64url_decode

    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    protected = document["signature"]["protected"]
    header = json.loads(base64url_decode(protected))
    if header.get("alg") != "ES256":
        raise ValueError(f"unexpected alg {header.get('alg')!r}")
    key = jwk.JWK(**header["jwk"])
    if header.get("kid") != key.thumbprint():
        raise ValueError("kid is not the RFC 7638 thumbprint of the carried jwk")
    token = jws.JWS()
    token.deserialize(f"{protected}..{document['signature']['signature']}")
    token.verify(key, alg="ES256", detached_payload=rfc8785.dumps(document["profile"]))
    print(key.thumbprint())


def sample_profile(index):
    return {
        "schemaVersion": 1,
        "profileId": f"interop-{index}",
        "issuedAt": "2026-11-27T19:00:00Z",
        "company": {"legalName": "Café Frontera S. de R.L. – “Norte”", "employees": 40 + index},
        "partners": [
            {"name": "Northwind Freight", "sites": 3, "vetted": True},
            {"name": "多式联运", "sites": -2, "vetted": False, "notes": None},
        ],
        "emoji": "🚚",
    }


def sign(directory, count):
    import rfc8785
    from jwcrypto import jwk, jws

    for index in range(count):
        key = jwk.JWK.generate(kty="EC", crv="P-256")
        profile = sample_profile(index)
        header = {
            "alg": "ES256",
            "typ": SUBMISSION_TYPE,
            "kid": key.thumbprint(),
            "jwk": key.export_public(as_dict=True),
        }
        token = jws.JWS(rfc8785.dumps(profile))
        token.add_signature(key, alg="ES256", protected=json.dumps(header))
        protected, _payload, signature = token.serialize(compact=True).split(".")
        path = os.path.join(directory, f"signed-elsewhere-{index}.ctpat.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(
                {"profile": profile, "signature": {"protected": protected, "signature": signature}},
                handle,
                ensure_ascii=False,
                indent=2,
            )
        print(f"{path}\t{key.thumbprint()}")


def main(arguments):
    try:
        if arguments[:1] == ["check-installed"]:
            check_installed()
        elif arguments[:1] == ["verify"] and len(arguments) == 2:
            verify(arguments[1])
        elif arguments[:1] == ["sign"] and len(arguments) == 3:
            sign(arguments[1], int(arguments[2]))
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except ImportError as missing:
        print(f"missing Python package: {missing}", file=sys.stderr)
        return 3
    except Exception as failure:  # any verification failure is a refusal
        print(f"refused: {type(failure).__name__}: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

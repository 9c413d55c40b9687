"""Numeric arrays as the typed-array specs of a Plotly figure's JSON, made without Plotly's own conversion."""
from __future__ import annotations

import base64

import numpy as np

#: numpy dtype -> plotly.js typed-array type.
_TYPED = {"int8": "i1", "uint8": "u1", "int16": "i2", "uint16": "u2", "int32": "i4", "uint32": "u4", "float32": "f4",
          "float64": "f8"}


def typed_array(values: np.ndarray):
    """A numeric array as the typed-array spec a Plotly figure's JSON holds (`{"dtype": "i2", "bdata": ...}`, 64-bit
    integers narrowed as Plotly narrows them), else the array itself. Plotly's own conversion copies each array
    through narwhals first: 3 ms of every summary answer."""
    if not isinstance(values, np.ndarray) or not values.size or values.dtype.kind not in "iuf":
        return values
    if values.dtype in (np.int64, np.uint64):
        low, high = int(values.min()), int(values.max())
        fits = [t for t in (("int8", "int16", "int32") if values.dtype == np.int64 else ("uint8", "uint16", "uint32"))
                if np.iinfo(t).min <= low and high <= np.iinfo(t).max]
        if not fits:
            return values
        values = values.astype(fits[0])
    if str(values.dtype) not in _TYPED:
        return values
    spec = {"dtype": _TYPED[str(values.dtype)], "bdata": base64.b64encode(np.ascontiguousarray(values)).decode("ascii")}
    if values.ndim > 1:
        spec["shape"] = str(values.shape)[1:-1]
    return spec

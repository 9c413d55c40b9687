"""First names as the agencies transliterate them (round 200): TASS writes "Pyotr Poroshenko" and "Sergey Lavrov", Kyiv
"Petro Poroshenko" and "Serhiy", Armenian and Western papers "Edvard" or "Edward Nalbandian". An official the lexicon
knows under one spelling was not found under another (the surname alone found them only where it was an alias), so
the officials' table and the store's officials are given the other spellings of their first name (`variants`).
"""
from __future__ import annotations

#: Spellings of one first name, each group one name
_GROUPS = """\
Sergei Sergey Serhiy Serhii Sergej
Dmitry Dmitri Dmytro Dmitriy
Petro Pyotr Petr Piotr
Andrei Andrey Andriy Andrii
Yuri Yury Yuriy Yurii
Mikhail Mykhailo
Aleksandr Alexander Oleksandr Alexandr Aleksander
Alexei Alexey Aleksei Aleksey Oleksiy Oleksii
Vladimir Volodymyr Wladimir
Edward Edvard Eduard
Vasily Vassily Vasiliy Vasyl
Nikolai Nikolay Mykola
Yevgeny Evgeny Yevgeniy Evgeniy Yevhen
Grigory Grigoriy Grigori Hryhoriy
Maria Mariya
Anatoly Anatoliy Anatolii
Viktor Victor
Mohammed Muhammad Mohammad Mohamed Muhammed Mohamad
Abdullah Abdallah
Hossein Hussein Hosein
Mevlut Mevlüt
Recep Rejep
Ilham Ilkham
Jeyhun Jeihun Ceyhun
"""
_VARIANTS = {w: [v for v in line.split() if v != w] for line in _GROUPS.splitlines() for w in line.split()}


def variants(name: str) -> list[str]:
    """The other spellings of `name` by the spellings of its first name ("Petro Poroshenko": "Pyotr Poroshenko", …)."""
    first, _, rest = name.partition(" ")
    return [f"{v} {rest}" for v in _VARIANTS.get(first, [])] if rest else []


__all__ = ["variants"]

"""The call-to-action words every site's widgets say ("share", "subscribe", "sign in"), in several
languages: what a share bar, a menu or a footer asks the reader to do.

Two families read them: the boilerplate-line model's features count them (`boilerplate.linefeatures`)
and CL140 quotes them (`boilerplate.why`); the metadata family takes a first line made of them for
furniture, not a title (`metadata.furnitureline`). They live below both families so that neither
imports the other for them. A word added here moves the line model's features of every line: a
retraining's business, not a gate's (a gate's own words go to `checks.sitewords`).
"""

from __future__ import annotations

import re

__all__ = ["CTA", "CTA_CJK", "CTA_PHRASES", "CTA_WORDS"]

# Call-to-action and site-furniture words, in several languages: what a widget asks the reader to do.
CTA_WORDS = frozenset("""
share shares shared sharing subscribe subscribers subscription register follow download click tap
watch listen comment comments reply print email newsletter newsletters cookie cookies privacy terms
copyright advertisement advertising advertise sponsored related trending popular menu search home
skip next previous login logout signup signin
partager partagez abonnez abonner abonnement connexion inscription inscrivez publicité suivez
compartir suscríbete suscribirse suscripción síguenos siguenos publicidad
compartilhar compartilhe assine teilen anmelden abonnieren weiterlesen werbung
sdílet přihlásit reklama
""".split())
CTA_PHRASES = ("sign up", "sign in", "log in", "log out", "read more", "see more", "see all", "view all",
               "more from", "back to", "rights reserved", "lire la suite", "leer más", "iniciar sesión")
CTA_CJK = ("分享", "登录", "登入", "注册", "訂閱", "订阅", "更多", "首页", "首頁", "返回", "版权", "版權", "评论",
           "評論", "广告", "廣告", "ログイン", "登録", "シェア", "ホーム", "一覧", "次へ", "前へ", "広告")
# the same, as one pattern, to quote the word in a finding's message
CTA = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(CTA_WORDS | set(CTA_PHRASES), key=len, reverse=True))
                 + r")(?!\w)|" + "|".join(CTA_CJK), re.I)

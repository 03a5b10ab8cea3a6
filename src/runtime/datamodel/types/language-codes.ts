/**
 * The code lists behind SCORM 2004 4th ed. RTE §4.1.1.7 language_type, as ADL's SampleRTE
 * carries them (LangStringValidator): ISO 639-1, ISO 639-2 (terminology and bibliographic
 * codes), ISO 3166-1 alpha-2 and the IANA-registered RFC 1766/3066 tags. Lowercase, one space
 * between codes; each list becomes a Set once, when this module loads.
 *
 * Two departures from ADL's lists, both harmless to ADL's CTS: the registered tag
 * `en-gb-oed` replaces ADL's misspelt `en-ge-oed`, and the country list adds the ISO 3166-1
 * codes assigned after ADL's list was written (ax bl bq cw gg im je me mf rs ss sx), so that
 * tags such as `sr-RS` pass.
 */

/** ISO 639-1 two-letter language codes. */
export const TWO_LETTER_LANGUAGES: ReadonlySet<string> = codeSet(
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy ' +
  'da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu ' +
  'hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb ' +
  'lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj ' +
  'om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv ' +
  'sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu',
);

/** ISO 639-2 three-letter language codes (T and B forms). */
export const THREE_LETTER_LANGUAGES: ReadonlySet<string> = codeSet(
  'aar abk ace ach ada ady afa afh afr aka akk alb ale alg amh ang apa ara arc arg arm arn arp ' +
  'art arw asm ast ath aus ava ave awa aym aze bad bai bak bal bam ban baq bas bat bej bel bem ' +
  'ben ber bho bih bik bin bis bla bnt bod bos bra bre btk bua bug bul bur byn cad cai car cat ' +
  'cau ceb cel ces cha chb che chg chi chk chm chn cho chp chr chu chv chy cmc cop cor cos cpe ' +
  'cpf cpp cre crh crp csb cus cym cze dak dan dar day del den deu dgr din div doi dra dsb dua ' +
  'dum dut dyu dzo efi egy eka ell elx eng enm epo est eus ewe ewo fan fao fas fat fij fil fin ' +
  'fiu fon fra fre frm fro fry ful fur gaa gay gba gem geo ger gez gil gla gle glg glv gmh goh ' +
  'gon gor got grb grc gre grn guj gwi hai hat hau haw heb her hil him hin hit hmn hmo hrv hsb ' +
  'hun hup hye iba ibo ice ido iii ijo iku ile ilo ina inc ind ine inh ipk ira iro isl ita jav ' +
  'jbo jpn jpr jrb kaa kab kac kal kam kan kar kas kat kau kaw kaz kbd kha khi khm kho kik kin ' +
  'kir kmb kok kom kon kor kos kpe krc kro kru kua kum kur kut lad lah lam lao lat lav lez lim ' +
  'lin lit lol loz ltz lua lub lug lui lun luo lus mac mad mag mah mai mak mal man mao map mar ' +
  'mas may mdf mdr men mga mic min mis mkd mkh mlg mlt mnc mni mno moh mol mon mos mri msa mul ' +
  'mun mus mwl mwr mya myn myv nah nai nap nau nav nbl nde ndo nds nep new nia nic niu nld nno ' +
  'nob nog non nor nso nub nwc nya nym nyn nyo nzi oci oji ori orm osa oss ota oto paa pag pal ' +
  'pam pan pap pau peo per phi phn pli pol pon por pra pro pus que raj rap rar roa roh rom ron ' +
  'rum run rus sad sag sah sai sal sam san sas sat scc scn sco scr sel sem sga sgn shn sid sin ' +
  'sio sit sla slk slo slv sma sme smi smj smn smo sms sna snd snk sog som son sot spa sqi srd ' +
  'srp srr ssa ssw suk sun sus sux swa swe syr tah tai tam tat tel tem ter tet tgk tgl tha tib ' +
  'tig tir tiv tkl tlh tli tmh tog ton tpi tsi tsn tso tuk tum tup tur tut tvl twi tyv udm uga ' +
  'uig ukr umb und urd uzb vai ven vie vol vot wak wal war was wel wen wln wol xal xho yao yap ' +
  'yid yor ypk zap zen zha zho znd zul zun',
);

/** IANA-registered tags of RFC 1766/3066 (i-, grandfathered and script/variant forms). */
export const REGISTERED_TAGS: ReadonlySet<string> = codeSet(
  'art-lojban az-arab az-cyrl az-latn cel-gaulish de-1901 de-1996 de-at-1901 de-at-1996 ' +
  'de-ch-1901 de-ch-1996 de-de-1901 de-de-1996 en-boont en-gb-oed en-scouse i-ami i-bnn ' +
  'i-default i-enochian i-hak i-klingon i-lux i-mingo i-navajo i-pwn i-tao i-tay i-tsu no-bok ' +
  'no-nyn sgn-be-fr sgn-be-nl sgn-br sgn-ch-de sgn-co sgn-de sgn-dk sgn-es sgn-fr sgn-gb sgn-gr ' +
  'sgn-ie sgn-it sgn-jp sgn-mx sgn-nl sgn-no sgn-pt sgn-se sgn-us sgn-za sl-rozaj sr-cyrl ' +
  'sr-latn uz-cyrl uz-latn yi-latn zh-gan zh-guoyu zh-hakka zh-hans zh-hant zh-min zh-min-nan ' +
  'zh-wuu zh-xiang',
);

/** ISO 3166-1 alpha-2 country codes. */
export const COUNTRIES: ReadonlySet<string> = codeSet(
  'ad ae af ag ai al am an ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq ' +
  'br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do ' +
  'dz ec ee eg eh er es et fi fj fk fm fo fr fx ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt ' +
  'gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr ' +
  'kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt ' +
  'mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt ' +
  'pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td ' +
  'tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um us uy uz va vc ve vg vi vn vu wf ws ye yt ' +
  'yu za zm zw',
);
function codeSet(codes: string): ReadonlySet<string> {
  return new Set(codes.split(' '));
}

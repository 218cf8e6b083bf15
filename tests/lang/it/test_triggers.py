"""The Italian trigger lexicon: file format, and sentences read by meaning (one or more per
PLOVER type), including words that must not fire in their other senses."""

from __future__ import annotations

import pytest

from eventwire.pipeline.lexicon import lang_dir
from eventwire.pipeline.triggers import load_triggers
from eventwire.records import PLOVER_TYPES
from tests.lang.trigger_lexicon_checks import (
    CODEBOOK,
    PLOVER_MODES,
    check_not_triggers,
    check_trigger_file,
    codebook_modes,
    trigger_types,
)

LANG = "it"


def test_trigger_file_format():
    check_trigger_file(lang_dir(LANG) / "triggers.tsv", LANG)


def test_not_triggers_file():
    check_not_triggers(lang_dir(LANG) / "not_triggers.tsv", LANG)


def test_every_type_has_triggers():
    assert {e.event_type for e in load_triggers(LANG)} == set(PLOVER_TYPES)


@pytest.mark.skipif(not CODEBOOK.is_file(), reason="../shared is absent")
def test_mode_table_matches_the_codebook():
    assert {t: set(m) for t, m in PLOVER_MODES.items()} == codebook_modes()


# Sentences of Italian news and the PLOVER type a reader gives the event they report.
CASES = [
    # AGREE: offers, promises, willingness, agreements reached
    ("Il governo si è detto disponibile a trattare con i sindacati.", "AGREE"),
    ("Le due delegazioni hanno raggiunto un nuovo accordo sul gas.", "AGREE"),
    ("Mosca ha promesso di ritirare le armi pesanti.", "AGREE"),
    ("Il premier ha teso la mano all'opposizione.", "AGREE"),
    ("I due governi hanno ribadito l'impegno a rafforzare la cooperazione.", "AGREE"),
    ("L'Alleanza atlantica ha aperto le porte alla Turchia.", "AGREE"),
    ("Il ministro ha manifestato disponibilità al dialogo.", "AGREE"),
    ("Il Vaticano ha presentato una proposta di tregua.", "AGREE"),
    ("Teheran ha mostrato un'apertura al dialogo con Washington.", "AGREE"),
    ("Il re ha invitato il presidente a visitare Riad.", "AGREE"),
    # CONSULT: meetings, visits, calls, summits, mediation
    ("Il Quirinale ha ospitato il presidente francese.", "CONSULT"),
    ("Il premier ha telefonato al presidente francese.", "CONSULT"),
    ("Il ministro ha avuto un colloquio telefonico con il collega francese.", "CONSULT"),
    ("Macron si è recato in visita a Berlino.", "CONSULT"),
    ("I leader si sono riuniti a Bruxelles per il vertice.", "CONSULT"),
    ("Il Qatar ha offerto la sua mediazione tra le parti.", "CONSULT"),
    ("Il Papa ha ricevuto in udienza il presidente.", "CONSULT"),
    ("Il premier ha avuto un bilaterale con il cancelliere.", "CONSULT"),
    ("La regione ha convocato un tavolo di concertazione con i sindacati.", "CONSULT"),
    # SUPPORT: praise, endorse, sign, recognise
    ("Il presidente ha elogiato il lavoro dei soccorritori.", "SUPPORT"),
    ("L'Unione europea ha espresso apprezzamento per la decisione.", "SUPPORT"),
    ("I due governi hanno sottoscritto un protocollo d'intesa.", "SUPPORT"),
    ("Il Kosovo è stato riconosciuto come Stato indipendente da cinquanta paesi.", "SUPPORT"),
    ("Il ministro si è congratulato con il nuovo premier.", "SUPPORT"),
    ("Il Quirinale ha espresso compiacimento per l'intesa.", "SUPPORT"),
    ("Il presidente ha inviato le sue felicitazioni al vincitore.", "SUPPORT"),
    ("Il partito sosterrà la candidatura del sindaco.", "SUPPORT"),
    ("Il ministro ha preso la difesa del prefetto.", "SUPPORT"),
    # CONCEDE: yield, pardon, ease restrictions, accede to requests
    ("Il governo ha fatto marcia indietro sulla riforma.", "CONCEDE"),
    ("Il presidente ha graziato il giornalista.", "CONCEDE"),
    ("Il prefetto ha accolto la richiesta dei candidati.", "CONCEDE"),
    ("La giunta ha revocato il coprifuoco.", "CONCEDE"),
    ("Il ministero si è scusato per l'errore.", "SUPPORT"),
    ("Il governo si è piegato alle pressioni dei sindacati.", "CONCEDE"),
    ("Il sindaco ha promesso le dimissioni entro l'estate.", "CONCEDE"),
    ("Washington ha tolto l'embargo su Cuba.", "CONCEDE"),
    ("Il governo ha ammorbidito la sua posizione sui migranti.", "CONCEDE"),
    # COOPERATE: material cooperation, joint exercises, extradition
    ("Le due polizie hanno scambiato informazioni sui trafficanti.", "COOPERATE"),
    ("L'Italia ha estradato il boss in Spagna.", "COOPERATE"),
    ("Sono iniziate le esercitazioni militari congiunte.", "COOPERATE"),
    ("Le due procure hanno firmato un accordo di assistenza giudiziaria.", "COOPERATE"),
    ("Le polizie dei due paesi condividono i dati sui combattenti stranieri.", "COOPERATE"),
    # AID: provide aid, arms, asylum, rescue
    ("Washington ha annunciato l'invio di altri 200 milioni di dollari in armi a Kiev.", "AID"),
    ("La Germania ha inviato aiuti umanitari alla popolazione.", "AID"),
    ("Il governo ha stanziato dieci milioni per gli alluvionati.", "AID"),
    ("La Svezia ha concesso asilo politico al dissidente.", "AID"),
    ("La Guardia costiera ha tratto in salvo cento migranti.", "AID"),
    ("Washington fornirà nuovi missili a Kiev.", "AID"),
    ("La Croce Rossa ha organizzato un ponte aereo per gli sfollati.", "AID"),
    ("La commissione ha concesso la protezione internazionale al giovane.", "AID"),
    ("La Banca mondiale ha sbloccato i fondi per la ricostruzione.", "AID"),
    # RETREAT: withdraw, release, surrender, resign, ceasefire, access
    ("Le truppe americane si sono ritirate dalle città irachene.", "RETREAT"),
    ("I ribelli hanno deposto le armi.", "RETREAT"),
    ("Il giudice ha disposto la scarcerazione dell'attivista.", "RETREAT"),
    ("Il sindaco ha rassegnato le dimissioni.", "RETREAT"),
    ("I pirati hanno rilasciato gli ostaggi.", "RETREAT"),
    ("È stato aperto un corridoio umanitario per i civili.", "RETREAT"),
    ("Il ministro ha lasciato la carica dopo lo scandalo.", "RETREAT"),
    ("Le parti hanno concordato la cessazione delle ostilità.", "RETREAT"),
    ("Il sindaco ha rimesso il mandato nelle mani del consiglio.", "RETREAT"),
    # REQUEST: ask, urge, appeal, demand
    ("L'ONU ha lanciato un appello ai donatori.", "REQUEST"),
    ("Il Papa ha invocato la pace in Medio Oriente.", "REQUEST"),
    ("L'opposizione sollecita le dimissioni del ministro.", "REQUEST"),
    ("Il segretario auspica un rapido accordo.", "REQUEST"),
    ("Crescono le pressioni su Teheran per il rilascio dei detenuti.", "REQUEST"),
    ("Il Papa ha richiamato i governi alle loro responsabilità.", "REQUEST"),
    ("Washington preme per un cessate il fuoco immediato.", "REQUEST"),
    ("L'opposizione ha spronato il governo ad agire.", "REQUEST"),
    ("Roma insiste affinché Bruxelles riveda il patto.", "REQUEST"),
    ("È stata chiesta la scarcerazione dei due attivisti.", "REQUEST"),
    ("Sono state chieste le dimissioni del ministro.", "REQUEST"),
    ("Il sindaco ha caldeggiato la riapertura delle scuole.", "REQUEST"),
    ("I sindacati spingono affinché il governo rinnovi i contratti.", "REQUEST"),
    ("Cresce il pressing su Varsavia per la riforma dei tribunali.", "REQUEST"),
    # ACCUSE: criticise, accuse, investigate, charge, sue
    ("La procura ha aperto un fascicolo per corruzione.", "ACCUSE"),
    ("Il sindaco è stato iscritto nel registro degli indagati.", "ACCUSE"),
    ("L'opposizione ha criticato duramente il decreto.", "ACCUSE"),
    ("L'associazione ha presentato un esposto in Procura.", "ACCUSE"),
    ("La Farnesina ha convocato l'ambasciatore russo.", "ACCUSE"),
    ("Il ministro ha querelato il giornalista.", "ACCUSE"),
    ("Il sindaco ha ricevuto un avviso di garanzia per abuso d'ufficio.", "ACCUSE"),
    ("Il segretario critica il governo sulla manovra.", "ACCUSE"),
    ("È arrivata una dura critica al ministro dell'Interno.", "ACCUSE"),
    ("Si è aperto ieri il processo al sindaco di Varese.", "ACCUSE"),
    ("Riprende oggi il processo agli ex vertici della banca.", "ACCUSE"),
    ("Il processo all'ex assessore è stato rinviato.", "ACCUSE"),
    ("La nuova esternazione del premier contro i magistrati.", "ACCUSE"),
    ("Al termine della requisitoria il pm ha chiesto venti anni.", "ACCUSE"),
    ("Il partito ha preso le distanze dalle parole del sindaco.", "ACCUSE"),
    ("La Farnesina ha convocato l'incaricato d'affari iraniano.", "ACCUSE"),
    ("La Francia si è fermamente opposta alla risoluzione.", "ACCUSE"),
    ("Il sindaco si oppone alla chiusura dell'ospedale.", "ACCUSE"),
    ("Il presidente ha redarguito i ministri in consiglio.", "ACCUSE"),
    ("Il leader ha tacciato il governo di razzismo.", "ACCUSE"),
    ("Il sindaco è inquisito per corruzione.", "ACCUSE"),
    ("Il ministro è stato additato come responsabile del disastro.", "ACCUSE"),
    ("Pechino ha espresso forte insoddisfazione per la visita.", "ACCUSE"),
    ("Non è mancata una frecciatina del ministro all'alleato.", "ACCUSE"),
    ("Il ministro ha bollato come inaccettabile la proposta dei sindacati.", "ACCUSE"),
    ("Il consiglio ha espresso biasimo per il comportamento dell'assessore.", "ACCUSE"),
    ("La reprimenda del presidente ai ministri.", "ACCUSE"),
    # REJECT: refuse, reject, veto, cancel a visit
    ("Il presidente ha respinto la proposta di tregua.", "REJECT"),
    ("La Russia ha posto il veto alla risoluzione.", "REJECT"),
    ("Il premier ha annullato la visita in Egitto.", "REJECT"),
    ("Il governo ha scartato l'ipotesi di un rimpasto.", "REJECT"),
    ("La giunta militare ha ignorato l'appello delle Nazioni Unite.", "REJECT"),
    ("Il premier ha rispedito al mittente le accuse.", "REJECT"),
    ("Gli ultras hanno sfidato il divieto del questore.", "REJECT"),
    ("Il presidente ha annullato il viaggio a Mosca.", "REJECT"),
    ("Il secco no di Berlino alla proposta francese.", "REJECT"),
    ("La Cina ha bloccato la risoluzione sul Myanmar.", "REJECT"),
    ("Berlino ha detto no agli eurobond.", "REJECT"),
    ("Il premier ha resistito alle pressioni degli alleati.", "REJECT"),
    ("Il presidente ha snobbato il vertice di Bruxelles.", "REJECT"),
    ("Il niet di Mosca alla proposta americana.", "REJECT"),
    ("Il Senato ha affossato la riforma del governo.", "REJECT"),
    ("Il governo ha chiuso la porta al dialogo con i ribelli.", "REJECT"),
    # THREATEN
    ("Pyongyang ha minacciato ritorsioni contro Seul.", "THREATEN"),
    ("Il ministro ha avvertito che la risposta sarà durissima.", "THREATEN"),
    ("Contro di lui pende un mandato di cattura internazionale.", "THREATEN"),
    ("Il consigliere comunale ha ricevuto una lettera minatoria.", "THREATEN"),
    ("L'azienda ha inviato una diffida al comune.", "THREATEN"),
    ("Il clan rivale ha promesso vendetta.", "THREATEN"),
    # PROTEST: demonstrations, strikes, riots, boycotts, blockades
    ("Migliaia di persone sono scese in piazza contro la riforma.", "PROTEST"),
    ("I lavoratori hanno incrociato le braccia per otto ore.", "PROTEST"),
    ("Una fiaccolata ha attraversato il centro della città.", "PROTEST"),
    ("Gli studenti hanno occupato l'università.", "PROTEST"),
    ("I manifestanti hanno organizzato un blocco stradale sulla statale.", "PROTEST"),
    ("Il detenuto ha iniziato uno sciopero della fame.", "PROTEST"),
    ("I manifestanti hanno eretto barricate nel centro.", "PROTEST"),
    # SANCTION: convict, expel, sanctions, break relations
    ("Il tribunale lo ha condannato a dieci anni di reclusione.", "SANCTION"),
    ("L'Unione europea ha imposto nuove sanzioni a Mosca.", "SANCTION"),
    ("Il Marocco ha richiamato il proprio ambasciatore.", "SANCTION"),
    ("Il partito ha radiato il consigliere.", "SANCTION"),
    ("Caracas ha interrotto le relazioni diplomatiche con Bogotà.", "SANCTION"),
    ("Il governo ha congelato gli aiuti al paese africano.", "SANCTION"),
    ("Il consigliere è stato estromesso dal partito.", "SANCTION"),
    ("Mosca ha congelato i rapporti con Tbilisi.", "SANCTION"),
    ("Il presidente ha annunciato che il paese uscirà dagli accordi sul clima.", "SANCTION"),
    # MOBILIZE: troops, weapons tests, police
    ("Washington invierà altri 21.000 militari in Iraq.", "MOBILIZE"),
    ("La Corea del Nord ha testato un nuovo missile balistico.", "MOBILIZE"),
    ("Mosca ha ammassato truppe al confine.", "MOBILIZE"),
    ("La Francia ha inviato un contingente nel Sahel.", "MOBILIZE"),
    ("Sono iniziate le manovre militari nel Baltico.", "MOBILIZE"),
    ("Pechino ha concentrato truppe al confine.", "MOBILIZE"),
    ("Sono iniziate le esercitazioni navali nel Mar Cinese.", "MOBILIZE"),
    ("La Russia ha mobilizzato migliaia di riservisti.", "MOBILIZE"),
    ("Washington ha schierato la flotta nel Golfo.", "MOBILIZE"),
    # COERCE: arrests, raids, seizures, bans, curfews, deportations, cyber
    ("I carabinieri hanno arrestato tre persone.", "COERCE"),
    ("Il giovane è stato fermato dalla polizia.", "COERCE"),
    ("La polizia ha sgomberato il campo.", "COERCE"),
    ("I ribelli hanno conquistato la capitale dopo tre giorni di combattimenti.", "COERCE"),
    ("È stato imposto il coprifuoco nella capitale.", "COERCE"),
    ("Il questore ha emesso un decreto di espulsione.", "COERCE"),
    ("Gli hacker hanno violato i sistemi informatici del ministero.", "COERCE"),
    ("I ribelli hanno occupato la città di Tripoli.", "COERCE"),
    ("Le autorità hanno oscurato il sito del giornale.", "COERCE"),
    ("Il gip ha disposto la misura cautelare in carcere.", "COERCE"),
    ("Dopo la convalida è stato associato al carcere di Poggioreale.", "COERCE"),
    ("Il giudice gli ha imposto l'obbligo di firma.", "COERCE"),
    ("I carabinieri gli hanno messo le manette ai polsi.", "COERCE"),
    ("Il regime ha messo il bavaglio alla stampa.", "COERCE"),
    ("La giunta ha chiuso il giornale dell'opposizione.", "COERCE"),
    ("Lo straniero è stato sottoposto a fermo.", "COERCE"),
    ("Gli agenti hanno fatto irruzione nell'appartamento.", "COERCE"),
    ("Dopo l'irruzione della polizia nella sede del sindacato.", "COERCE"),
    ("I carabinieri hanno sgominato una banda di rapinatori.", "COERCE"),
    ("La squadra mobile ha smantellato una rete di spacciatori.", "COERCE"),
    # ASSAULT: violence
    ("I miliziani hanno attaccato il villaggio: dieci morti.", "ASSAULT"),
    ("L'esplosione di un'autobomba ha ucciso dieci persone.", "ASSAULT"),
    ("L'uomo ha ucciso la moglie e poi si è ucciso.", "ASSAULT"),
    ("Il bandito ha picchiato il commerciante alla testa.", "ASSAULT"),
    ("Un uomo è stato accoltellato davanti alla stazione.", "ASSAULT"),
    ("L'esercito ha aperto il fuoco sui manifestanti.", "ASSAULT"),
    ("Un kamikaze si è fatto esplodere al mercato.", "ASSAULT"),
    ("Un attacco con droni ha colpito la base.", "ASSAULT"),
    ("I miliziani hanno preso in ostaggio venti turisti.", "ASSAULT"),
    ("L'aviazione ha bombardato i villaggi.", "ASSAULT"),
    # the act of banning and a formal application still trigger (not_triggers.tsv
    # drops only a rule in force and "domanda" alone)
    ("Il corteo dei tifosi è stato vietato dalla questura.", "COERCE"),
    ("Il giornalista ha presentato domanda di asilo in Francia.", "REQUEST"),
    # an offer of compensation or help to a party still triggers
    ("Il governo ha offerto un risarcimento alle famiglie delle vittime.", "AGREE"),
    ("Il premier ha offerto l'aiuto del suo paese al presidente vicino.", "AGREE"),
    # arson is still an attack
    ("Secondo i vigili del fuoco si tratta di un incendio doloso.", "ASSAULT"),
    ("Ignoti hanno appiccato il fuoco alla sede del sindacato.", "ASSAULT"),
    # a proposal with its content or its author is still a request; an execution by hanging
    # is still violence
    ("Il governo ha accolto la proposta di chiudere le scuole avanzata dal sindaco.", "REQUEST"),
    ("Il ministro ha proposto ai sindacati di rinviare lo sciopero.", "REQUEST"),
    ("Il dittatore fece impiccare tre oppositori in piazza.", "ASSAULT"),
    ("La Commissione europea ha aperto un'inchiesta sugli aiuti di Stato.", "ACCUSE"),
    # a party that requires something of another is still a request
    ("Il governo ha richiesto l'estradizione del latitante alla Spagna.", "REQUEST"),
    # a meeting of leaders and a withdrawal of troops still trigger
    ("L'incontro tra il presidente francese e il premier italiano si è svolto a Roma.", "CONSULT"),
    ("La Russia ha annunciato il ritiro dalla Siria delle sue truppe.", "RETREAT"),
    # criticism and an investigation still trigger
    ("Le critiche dell'opposizione al governo sono state durissime.", "ACCUSE"),
    ("La procura ha aperto un'indagine preliminare sul sindaco.", "ACCUSE"),
    ("Il governo ha ottenuto la liberazione dei due ostaggi italiani.", "RETREAT"),
]


def test_every_type_has_cases():
    assert {t for _, t in CASES} == set(PLOVER_TYPES)


@pytest.mark.parametrize("text,expected", CASES)
def test_sentence_triggers_its_type(text, expected):
    found = trigger_types(text, LANG)
    assert expected in {t for _, t in found}, f"{expected} not in {found}"


# Words of the lexicon in another sense: the type must not fire.
NOT_EVENTS = [
    # a commitment with no act promised ("l'impegno del comune per"): no AGREE
    ("Il sindaco ha ribadito l'impegno del comune per la pulizia delle strade.", "AGREE"),
    ("Il ministro ha rilasciato un'intervista al Corriere.", "RETREAT"),
    ("La notizia è stata resa nota ieri sera.", "RETREAT"),
    ("È stato dimesso dall'ospedale dopo tre giorni.", "RETREAT"),
    ("Gli agenti gli hanno ritirato la patente.", "RETREAT"),
    ("Da anni si occupa di immigrazione.", "COERCE"),
    ("L'auto è rimasta bloccata nel traffico.", "COERCE"),
    ("Il ladro è entrato nel negozio di via Roma.", "CONSULT"),
    ("Secondo gli inquirenti l'assassino conosceva la vittima.", "ASSAULT"),
    ("Il telefono della vittima è stato ritrovato.", "CONSULT"),
    ("Il premio medio è sceso del dieci per cento.", "CONSULT"),
    ("Ha battuto la testa cadendo dalle scale.", "MOBILIZE"),
    ("Con la scusa di un'informazione è entrato in casa.", "SUPPORT"),
    ("La donna si è rivolta ai carabinieri.", "PROTEST"),
    ("Il processo di pace è fermo da mesi.", "ACCUSE"),
    ("Cresce la raccolta differenziata dei rifiuti.", "REJECT"),
    ("Ha avvertito un malore mentre guidava.", "THREATEN"),
    ("Il governo vuole abbattere il debito pubblico.", "ASSAULT"),
    ("La Corte d'appello ha confermato la sentenza.", "REQUEST"),
    ("Ha fornito le generalità agli agenti.", "AID"),
    ("È stato portato al pronto soccorso.", "AID"),
    ("Ha conquistato l'oro nei cento metri.", "MOBILIZE"),
    ("Le porte del supermercato hanno ceduto.", "CONCEDE"),
    ("Il documento è stato firmato in esecuzione di un'ordinanza.", "ASSAULT"),
    ("Non aprite le porte di casa a sconosciuti.", "AGREE"),
    ("Il museo aprirà le porte ai visitatori a ottobre.", "AGREE"),
    ("Le telecamere sono dislocate agli ingressi del paese.", "MOBILIZE"),
    ("La situazione è critica a causa del maltempo.", "ACCUSE"),
    ("Era oggetto di critica a causa delle sue dichiarazioni.", "ACCUSE"),
    ("L'auto è stata richiamata da una Mercedes classe A.", "REQUEST"),
    ("I sedili posteriori sono stati ripiegati.", "RETREAT"),
    ("Il cane è un suo fedele alleato.", "SUPPORT"),
    ("Ha scagliato un sasso contro la vetrina.", "ACCUSE"),
    ("Un servizio di prevenzione e repressione dei reati.", "ASSAULT"),
    ("Ha spinto per diversi metri la vettura.", "REQUEST"),
    ("L'auto procedeva in senso opposto.", "ACCUSE"),
    ("Una cesta di frutta sul tavolo.", "CONCEDE"),
    ("Dieci anni fa era stato condannato in appello.", "REQUEST"),
    ("Porta forzata, irruzione, furto.", "COERCE"),
    ("Il comune deve prendere misure per la difesa del suolo.", "SUPPORT"),
    ("Il partito ha abbandonato le sue posizioni più radicali.", "RETREAT"),
    ("Il Giappone si trova all'estremità opposta del Pacifico.", "ACCUSE"),
    ("Il contratto è stato firmato in accordo con l'avvocato.", "AGREE"),
    # fixed expressions of another sense (phrases of not_triggers.tsv)
    ("Il ferito è arrivato in ospedale in condizioni critiche.", "ACCUSE"),
    ("Il colonnello è stato promosso ai vertici dell'Arma.", "CONSULT"),
    ("La nuotatrice ha conquistato la medaglia d'argento.", "COERCE"),
    ("Il candidato ha conquistato il seggio del collegio.", "COERCE"),
    ("Gli investigatori hanno scartato la pista della rapina.", "REJECT"),
    ("Il calciatore si è sottoposto alla visita medica.", "CONSULT"),
    ("La delegazione ha visitato la tomba del poeta.", "CONSULT"),
    ("Un'ondata di freddo ha colpito il Nord.", "ASSAULT"),
    ("Il sindaco ha parlato alla festa della Liberazione.", "RETREAT"),
    ("Il fronte di liberazione ha rivendicato l'attacco.", "RETREAT"),
    ("È uscito un documentario-inchiesta sulla sanità.", "ACCUSE"),
    ("La società ha presentato domanda di concordato preventivo.", "AGREE"),
    ("L'auto era parcheggiata in zona vietata.", "COERCE"),
    ("Le consultazioni elettorali si terranno a maggio.", "CONSULT"),
    ("La nazionale ospitante ha vinto la partita inaugurale.", "CONSULT"),
    ("Il sindaco è stato assolto da ogni accusa.", "ACCUSE"),
    ("La pubblica accusa ha rinunciato a parlare.", "ACCUSE"),
    ("Il furgone ha invaso la corsia opposta.", "ASSAULT"),
    ("Lo storico ha consultato gli archivi del ministero.", "CONSULT"),
    ("Il leader si è scontrato verbalmente con il rivale.", "ASSAULT"),
    ("I tecnici misurano le radiazioni vicino alla centrale.", "SANCTION"),
    ("Dopo l'incidente la compagnia ha sospeso le sue attività.", "SANCTION"),
    ("Per lo sciopero i negozi del centro hanno sospeso le loro attività.", "SANCTION"),
    ("La partita è stata sospesa per la nebbia.", "SANCTION"),
    ("L'arbitro ha sospeso la gara dopo il lancio di fumogeni.", "SANCTION"),
    ("Per un allarme bomba sono state evacuate tre scuole della città.", "AID"),
    ("I vigili del fuoco hanno evacuato l'edificio per una fuga di fumo.", "AID"),
    ("Dopo la scossa la stazione è stata evacuata in pochi minuti.", "AID"),
    ("L'ex sindaco è stato stroncato da un arresto cardiocircolatorio.", "COERCE"),
    ("Il paziente è arrivato in ospedale in arresto respiratorio.", "COERCE"),
    ("In Borsa sono stati sospesi i titoli della banca per eccesso di ribasso.", "SANCTION"),
    ("La Consob ha sospeso il titolo della compagnia dalle contrattazioni.", "SANCTION"),
    ("Un funzionario della prefettura, che ha chiesto l'anonimato, conferma.", "REQUEST"),
    ("Un diplomatico, che ha chiesto di rimanere anonimo, ha confermato la notizia.", "REQUEST"),
    ("Il ministro ha esposto al Senato le linee del suo programma.", "ACCUSE"),
    ("Il pittore aveva esposto le sue opere a Parigi.", "ACCUSE"),
    ("I due agenti erano impegnati a controllare il traffico.", "AGREE"),
    ("Lo storico ha consultato alcune carte custodite in un archivio.", "CONSULT"),
    ("Per sciogliere le Camere la costituzione richiede il voto del Senato.", "REQUEST"),
    ("Come richiesto dalla legge, il bilancio è stato pubblicato in aprile.", "REQUEST"),
    ("La modifica dello statuto richiede una maggioranza di due terzi.", "REQUEST"),
    ("La ricostruzione del ponte richiederà molto tempo.", "REQUEST"),
    ("L'incontro di tennis tra lo spagnolo e il serbo è durato tre ore a Parigi.", "CONSULT"),
    ("Il ritiro dal torneo della nazionale italiana ha deluso i tifosi a Londra.", "RETREAT"),
    ("Il giudice per le indagini preliminari di Bari ha convalidato il fermo.", "ACCUSE"),
    ("La difesa ha chiesto di consultare gli atti di indagine.", "ACCUSE"),
    ("La commissione ha avviato un'indagine conoscitiva sul trasporto pubblico.", "ACCUSE"),
    ("Lo storico è noto per le sue tesi critiche sul Risorgimento.", "ACCUSE"),
    ("Sono ore critiche per la costa dopo l'alluvione.", "ACCUSE"),
    ("Il capo del Fronte democratico per la liberazione del Ruanda vive in Germania.", "RETREAT"),
    ("L'Organizzazione per la liberazione della Palestina ha un nuovo portavoce.", "RETREAT"),
    ("Le consultazioni amministrative si terranno a maggio in cento comuni.", "CONSULT"),
    ("Gli investigatori hanno consultato i registri dell'ospedale.", "CONSULT"),
    ("Dopo la lite il vicino ha telefonato al pronto soccorso.", "CONSULT"),
    ("Il governo regionale è impegnato a garantire i servizi.", "AGREE"),
    ("Secondo l'accusa, il commercialista avrebbe falsificato i bilanci.", "ACCUSE"),
    ("La squadra ha conquistato lo scudetto all'ultima giornata.", "COERCE"),
    ("La sciatrice ha conquistato la sua terza medaglia olimpica.", "COERCE"),
    ("Il partito ha conquistato il 12% dei voti alle regionali.", "COERCE"),
    ("La maglia rosa è stata conquistata da un giovane spagnolo.", "COERCE"),
    ("Ogni anno molti escursionisti perdono la vita in montagna.", "SUPPORT"),
    ("I soci hanno rinnovato il patto di sindacato della banca.", "AGREE"),
    ("Il problema non si risolve con la bacchetta magica.", "ACCUSE"),
    ("Il difensore è stato espulso dall'arbitro al decimo minuto.", "SANCTION"),
    ("Nel secondo tempo l'allenatore è stato espulso per proteste.", "SANCTION"),
    ("Il pilone viene espulso temporaneamente per un fallo.", "SANCTION"),
    ("La rissa finale ha portato all'espulsione di tre giocatori.", "SANCTION"),
    ("La manifestazione sportiva richiama migliaia di turisti.", "PROTEST"),
    ("Il festival è la manifestazione culturale più attesa dell'estate.", "PROTEST"),
    ("Sabato in biblioteca c'è un incontro con l'autore del romanzo.", "CONSULT"),
    ("Il comune ha commissionato indagini geologiche sul versante.", "ACCUSE"),
    ("Secondo un'indagine di mercato, le vendite sono calate.", "ACCUSE"),
    ("La commissione d'inchiesta sulle banche si riunisce martedì.", "ACCUSE"),
    ("Il presidente del comitato d'inchiesta ha presentato la relazione.", "ACCUSE"),
    ("La lista civica ha conquistato il 18% in provincia.", "COERCE"),
    ("Secondo un'indagine dell'università, i pendolari dormono poco.", "ACCUSE"),
    ("Un'inchiesta della Boston University smentisce il mito della dieta.", "ACCUSE"),
    ("Due furgoni si sono scontrati frontalmente sulla statale.", "ASSAULT"),
    ("Due furgoni si sono scontrati frontalmente sulla statale.", "PROTEST"),
    ("Lo scontro frontale tra due auto ha bloccato la strada.", "ASSAULT"),
    ("Il pensionato si è ucciso nella sua casa di campagna.", "ASSAULT"),
    ("Il detenuto si era impiccato con le lenzuola.", "ASSAULT"),
    ("Un ragazzo si è tolto la vita impiccandosi a un albero.", "ASSAULT"),
    ("È morto uccidendosi con il gas di scarico dell'auto.", "ASSAULT"),
    ("Scivolando ha picchiato la testa contro il marciapiede.", "ASSAULT"),
    ("Il ciclista ha picchiato il capo contro un palo.", "ASSAULT"),
    ("Il ministero ha dato parere favorevole al progetto della diga.", "AGREE"),
    ("La costituzione affida al capo dello Stato il potere di grazia.", "CONCEDE"),
    ("Il teatro comunale ha ospitato l'evento di beneficenza.", "CONSULT"),
    ("La città ospiterà il festival del cinema a settembre.", "CONSULT"),
    ("La mostra ospitata dal museo civico chiude domenica.", "CONSULT"),
    ("Due cooperanti italiani sono rientrati dal Kenya.", "COOPERATE"),
    ("Il premier ha firmato la nuova direttiva sui servizi segreti.", "SUPPORT"),
    ("Il giudice ha firmato la sentenza di primo grado.", "SUPPORT"),
    ("Cento sindaci hanno firmato una lettera al ministro.", "SUPPORT"),
    ("La petizione è stata firmata da diecimila cittadini.", "SUPPORT"),
    ("Il direttore ha firmato il testo unico sulla finanza.", "SUPPORT"),
    ("Il candidato ha chiuso la campagna con una manifestazione elettorale.", "PROTEST"),
    ("Il reddito denunciato dai commercianti è cresciuto del 3%.", "ACCUSE"),
    ("Molti professionisti denunciano un reddito inferiore alla media.", "ACCUSE"),
    ("Il passeggero ha avuto un attacco di panico durante il volo.", "ASSAULT"),
    ("L'anziano è morto per un attacco cardiaco.", "ASSAULT"),
    ("L'arbitro ha concesso un rigore alla squadra di casa.", "CONCEDE"),
    ("Il presidente è stato visitato dai medici dell'ospedale militare.", "CONSULT"),
    ("Nell'ambulatorio il dottore visita i pazienti due volte a settimana.", "CONSULT"),
    ("Il rapporto offre uno spaccato della vita nelle carceri.", "AGREE"),
    ("I dati dell'Istat offrono un quadro preoccupante.", "AGREE"),
    ("Nella notte un'esplosione dovuta a una fuga di gas in una palazzina.", "ASSAULT"),
    ("In cucina c'è stata l'esplosione di una bombola del gas.", "ASSAULT"),
    ("La vicina ha telefonato subito ai carabinieri.", "CONSULT"),
    ("Una telefonata al 112 ha fatto scattare l'allarme.", "CONSULT"),
    ("Il passante ha telefonato alla polizia.", "CONSULT"),
    ("Tra Regione e Comune c'è uno scontro di competenze sui rifiuti.", "ASSAULT"),
    # a rule in force is no act of banning; a question or an application is no request;
    # "in collaborazione con" is the manner of another act
    ("Nel parco è vietato accendere fuochi.", "COERCE"),
    ("Da lunedì sarà vietata la vendita di alcolici dopo le 22.", "COERCE"),
    ("In molti paesi i sacchetti di plastica sono proibiti.", "COERCE"),
    ("Alla domanda del cronista il ministro ha risposto con una battuta.", "REQUEST"),
    ("Gli studenti possono presentare domanda entro il 30 giugno.", "REQUEST"),
    (
        "La guardia costiera, in collaborazione con la marina, ha soccorso il peschereccio.",
        "COOPERATE",
    ),
    # providing or selling something is no offer to a party; vehicles colliding are a crash;
    # a capacity is no visit
    ("Il nuovo centro sportivo offre ai ragazzi la possibilità di allenarsi gratis.", "AGREE"),
    ("I volontari raccolgono offerte per la parrocchia.", "AGREE"),
    ("Il portale elenca i servizi offerti dal comune ai residenti.", "AGREE"),
    ("Lo scontro tra un camion e due auto ha bloccato l'autostrada.", "ASSAULT"),
    ("Il rifugio può ospitare quaranta persone.", "CONSULT"),
    ("Per i ladri di rame la periferia è ormai terra di conquista.", "COERCE"),
    ("Verona, automobilista travolge e uccide un ciclista.", "ASSAULT"),
    ("Un furgone ha investito e ucciso un anziano sulle strisce.", "ASSAULT"),
    ("Un incendio è divampato nella notte in un appartamento del centro.", "ASSAULT"),
    ("Secondo i pentiti il boss era al vertice della cosca da vent'anni.", "CONSULT"),
    ("La banca ha annunciato un cambio al vertice dopo le perdite.", "CONSULT"),
    # attacking with words: the verb opens what is said
    ("Il capogruppo dell'opposizione attacca: «Il bilancio è un disastro».", "ASSAULT"),
    ("Il viceministro ha attaccato affermando che la riforma è sbagliata.", "ASSAULT"),
    # proposals put forward, suicides and accidents by hanging, a pardon voted as a law
    ("Sono state avanzate alcune proposte per la ricostruzione del ponte.", "REQUEST"),
    ("Nessuna delle proposte presentate ha convinto la commissione.", "REQUEST"),
    ("La camera ha discusso la proposta di legge sulle pensioni.", "REQUEST"),
    ("Un uomo di 40 anni è stato trovato impiccato nella sua cantina.", "ASSAULT"),
    ("Un bambino è morto impiccato alle corde di un'altalena.", "ASSAULT"),
    ("Il Senato ha approvato l'indulto con una larga maggioranza.", "CONCEDE"),
    ("Il parlamento ha istituito una commissione di inchiesta sul disastro.", "ACCUSE"),
    ("La commissione parlamentare d'inchiesta ha ascoltato il ministro.", "ACCUSE"),
    ("La senatrice ha attaccato il sindaco dicendo che non ha fatto nulla.", "ASSAULT"),
    ("La guerriglia ha liberato tre ostaggi nella giungla.", "PROTEST"),
    # giving up a trip, a lunge in a race, a death in a cell, a call with nobody named
    ("La squadra ha rinunciato alla trasferta di coppa per il maltempo.", "RETREAT"),
    ("Il corridore ha piazzato l'affondo decisivo sull'ultima salita.", "ACCUSE"),
    ("Il detenuto è morto in cella durante la notte.", "COERCE"),
    ("La ragazza stava parlando al telefono quando è stata investita.", "CONSULT"),
    ("La ragazza si è rivolta alla polizia per denunciare il furto.", "PROTEST"),
    ("Le richieste le sono state rivolte dal sindaco.", "PROTEST"),
]


@pytest.mark.parametrize("text,wrong", NOT_EVENTS)
def test_other_senses_do_not_trigger(text, wrong):
    found = trigger_types(text, LANG)
    assert wrong not in {t for _, t in found}, f"{wrong} fired: {found}"


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        # the longest pattern decides the type of an ambiguous word
        ("Il tribunale lo ha condannato all'ergastolo.", "condannato all'ergastolo", "SANCTION"),
        # giving up an office is a resignation; a restated need is a demand; a thrust of
        # words is a criticism; scenes of urban warfare are riots; a named call is a
        # consultation; ending up in a cell is an arrest; blowing oneself up is an attack
        (
            "Il vescovo di Roma ha annunciato la rinuncia al pontificato.",
            "rinuncia al pontificato",
            "RETREAT",
        ),
        ("Il consigliere ha deciso di rinunciare al mandato.", "rinunciare al mandato", "RETREAT"),
        (
            "Il vicepremier ha ribadito la necessità di una risposta comune.",
            "ribadito la necessità",
            "REQUEST",
        ),
        ("Il capogruppo ha sferrato un affondo contro la maggioranza.", "affondo contro", "ACCUSE"),
        ("Le rivolte hanno portato a centinaia di arresti.", "Le rivolte", "PROTEST"),
        (
            "In serata si sono viste scene di guerriglia nel centro.",
            "scene di guerriglia",
            "PROTEST",
        ),
        (
            "Il sindaco ha parlato al telefono con il prefetto.",
            "parlato al telefono con",
            "CONSULT",
        ),
        ("Il latitante è finito in cella dopo tre anni di fuga.", "finito in cella", "COERCE"),
        (
            "Un uomo ha raggiunto il posto di blocco, facendosi esplodere.",
            "facendosi esplodere",
            "ASSAULT",
        ),
        ("Il governo ha condannato l'attentato.", "condannato", "ACCUSE"),
        ("Le truppe si sono schierate al fianco dei ribelli.", None, None),
        ("Il consiglio ha chiesto la revoca delle sanzioni.", "revoca delle sanzioni", "CONCEDE"),
        ("Mosca ha ritirato il suo ambasciatore.", "ritirato il suo ambasciatore", "SANCTION"),
        ("Sono in corso esercitazioni militari.", "esercitazioni militari", "MOBILIZE"),
        ("Sono in corso esercitazioni militari congiunte.", None, "COOPERATE"),
        # a prosecutor asking for a conviction accuses; the court has not convicted
        ("Il pm ha chiesto la condanna dei tre imputati.", "chiesto la condanna", "ACCUSE"),
        ("Il pm ha chiesto l'ergastolo per l'omicida.", "chiesto l'ergastolo", "ACCUSE"),
        # lifting a sanction is a concession, not a sanction
        ("L'Ue vuole sospendere le sanzioni.", "sospendere le sanzioni", "CONCEDE"),
        ("È stata chiesta la revoca dell'embargo.", "revoca dell'embargo", "CONCEDE"),
        # a verbal attack is not violence; pushing migrants back is not a refusal
        ("L'attacco verbale del leader all'alleato.", "attacco verbale", "ACCUSE"),
        ("Il sindaco si è scontrato aspramente con la giunta.", "scontrato aspramente", "ACCUSE"),
        ("Le motovedette hanno respinto i migranti.", "respinto i migranti", "COERCE"),
        ("È partita la richiesta di estradizione.", "richiesta di estradizione", "REQUEST"),
        # suspending hostilities is a ceasefire, suspending a strike a concession
        ("Le parti hanno deciso di sospendere le ostilità.", "sospendere le ostilità", "RETREAT"),
        ("Il partito ha sospeso a titolo precauzionale il consigliere.", "sospeso", "SANCTION"),
        ("Il sindaco ha presentato un esposto contro la ditta.", "esposto", "ACCUSE"),
        ("L'Iran si impegna a collaborare con l'agenzia.", "si impegna a", "AGREE"),
        ("I due paesi si sono impegnati a collaborare.", "si sono impegnati a", "AGREE"),
        ("I sindacati hanno sospeso lo sciopero.", "sospeso lo sciopero", "CONCEDE"),
        ("Il giudice gli ha ritirato il passaporto.", "ritirato il passaporto", "COERCE"),
        # arresting a clan's leaders, not a beheading
        ("La Dda ha decapitato il clan dei Casalesi.", "decapitato il clan", "COERCE"),
        # a suicide bombing in the forms the lookup lemmatizer leaves to the noun "fatti" or
        # unlemmatized ("facendosi"); a riot's "scene di guerriglia" (the guerrilla is an actor)
        (
            "Due uomini si sono fatti esplodere davanti alla caserma.",
            "si sono fatti esplodere",
            "ASSAULT",
        ),
        ("L'attentatrice è entrata nel bar facendosi esplodere.", "facendosi esplodere", "ASSAULT"),
        ("Voleva farsi saltare in aria in piazza.", "farsi saltare in aria", "ASSAULT"),
        ("Ieri sera scene di guerriglia nel centro di Atene.", "scene di guerriglia", "PROTEST"),
        # cutting funds is a sanction, not the AID that "finanziamento" alone would give
        (
            "Il governo ha tagliato i finanziamenti all'agenzia.",
            "tagliato i finanziamenti",
            "SANCTION",
        ),
    ],
)
def test_longest_pattern_decides(text, trigger, expected):
    found = trigger_types(text, LANG)
    if trigger is None and expected is None:
        assert "MOBILIZE" not in {t for _, t in found}  # schierarsi is taking sides
        return
    if trigger is None:
        assert expected in {t for _, t in found}
        assert "MOBILIZE" not in {t for _, t in found}
        return
    assert (trigger, expected) in found

from common import *  # part es: written blind

# ---------------------------------------------------------------- requests

add("es-01-borrar-cv-oneliner", "jmcortes88@correo.example", "cv",
    """borren mi cv de la bolsa de trabajo, ya encontre curro
""", R(["Erasure"], "jmcortes88@correo.example"))

add("es-02-que-tienen-de-mi-mx", "Luis Alberto Ramírez Ochoa <luisalberto.ro@mexmail.example>",
    "¿Qué info tienen guardada de mí?",
    """Buenas tardes,

Fíjense que llevo como 4 años jugando en ArenaX y ahorita me entró la duda de todo lo que
ustedes tienen registrado de mí: mis compras, desde qué celular me conecto, mis chats, mis
partidas... ¿Me pueden mandar todo eso para checarlo? Mi usuario es LuisRO_Tlaquepaque.

Muchas gracias, quedo al pendiente.

Luis Alberto Ramírez Ochoa
Guadalajara, Jal.
""", R(["Access"], "luisalberto.ro@mexmail.example", "Luis Alberto", "Ramírez Ochoa"))

add("es-03-voluntades-plan-decesos", "Remedios Castaño Villar <remecastano@telefonica-mail.example>",
    "Mi plan de previsión y lo que pase después",
    """Muy señores míos:

Soy titular del plan de decesos prepagado nº EP-2209-447 desde 2019. Tengo 81 años y estoy
dejando mis cosas en orden. Quisiera dejar por escrito qué quiero que hagan con mis datos
cuando yo falte: que no se publique ninguna página de condolencias en internet con mi foto ni
mis datos, y que la única persona que pueda pedir información sobre mi expediente sea mi hija
Pilar Ortiz Castaño.

¿Cómo puedo dejarlo registrado con ustedes? ¿Necesitan que firme algún documento?

Atentamente,
Remedios Castaño Villar
""", R(["AdvanceDirectives"], "remecastano@telefonica-mail.example", "Remedios", "Castaño Villar"))

add("es-04-rechazo-en-tres-minutos-ar", "Florencia Bianchi <flor.bianchi@fibertel-mail.example>",
    "Rechazo automático de mi postulación",
    """Hola, ¿qué tal?

Me postulé el domingo a la búsqueda de Analista Contable Sr. en Talento y a los 3 minutos
(¡3 minutos!, a las 23:47) me llegó el mail de que mi perfil "no se ajusta". Es obvio que
nadie leyó mi CV, lo filtró un sistema. Tengo 9 años de experiencia en el rubro, así que algo
anduvo mal.

Quiero que una persona de carne y hueso revise mi postulación y que no quede así lo que
decidió la máquina. No me parece justo que un algoritmo decida si laburo o no.

Saludos,
Florencia Bianchi
Córdoba
""", R(["AutomatedDecision"], "flor.bianchi@fibertel-mail.example", "Florencia", "Bianchi"))

add("es-05-endur-historial-cat", "Jordi Vilaseca Roig <jvilaseca@xarxa.example>",
    "Exportar mi historial de partidas",
    """Bon dia,

Me llamo Jordi Vilaseca y hace seis años que juego a ArenaX (usuario Vilas_BCN). Ahora
plego de vuestra plataforma y me marcho con mi equipo a otra, y quería mirar de llevarme las
cosas. A nivel de datos, necesitaría el historial de partidas, las estadísticas de torneos y
la lista de compras in-game en un fichero que se pueda leer con el ordenador (CSV o JSON ya
me va bien), para poderlo importar en la otra plataforma. Si se lo podéis enviar directamente
a ellos, mejor que mejor.

Moltes gràcies i adéu,
Jordi
""", R(["Portability"], "jvilaseca@xarxa.example", "Jordi", "Vilaseca Roig"))

add("es-06-mayusculas-llamadas", "ANTONIO PEREZ <aperez1956@correo.example>", "BASTA DE LLAMADAS",
    """LLEVAN TRES SEMANAS LLAMANDOME AL FIJO A LA HORA DE LA SIESTA PARA VENDERME UN SEGURO DE
DECESOS DE ETERNA. NO LO QUIERO. NO ME VUELVAN A LLAMAR Y QUITEN MI NUMERO DE SUS LISTAS DE
UNA VEZ.

ANTONIO PÉREZ LOZANO
""", R(["Opposition"], "aperez1956@correo.example", "Antonio", "Pérez Lozano"))

add("es-07-queja-funeral-apellido-mal", "Marisol Ibáñez Crespo <marisol.ibanez@correo.example>",
    "Queja por el servicio del funeral de mi padre",
    """Buenas tardes:

Les escribo todavía con el disgusto en el cuerpo. Mi padre falleció el 2 de octubre en el
hospital Virgen de la Arrixaca y contratamos con ustedes el servicio completo porque él había
pagado durante veinte años el plan de previsión. Lo que vino después no se lo deseo a nadie.

El coche fúnebre llegó con casi una hora de retraso al tanatorio, con toda la familia
esperando en la puerta. Las coronas que habíamos encargado con la cinta "Tus hijos y nietos"
llegaron con el texto de otra familia. La sala de velatorio tenía el aire acondicionado roto y
nadie vino a arreglarlo en toda la noche, a pesar de que lo pedimos tres veces. Y el día del
entierro, el responsable nos metió prisa porque "tenía otro servicio a las doce".

Luego llegó la factura: 640 € de "suplementos" que nadie nos explicó, cuando se supone que el
plan lo cubría todo. Llamé cuatro veces al teléfono de atención y en dos me colgaron.

Y ya que estoy: en todas sus cartas y en la factura pone "Marisol Ibañes", sin tilde y con
ese, y la dirección que tienen es la antigua (C/ Mayor 14). La buena es Avda. de la
Constitución 52, 3º B, 30008 Murcia, que se la di en el tanatorio. Corríjanlo, por favor, que
la última carta casi se pierde.

Quiero que alguien me llame para explicarme esos suplementos y que revisen lo que pasó. Mi
padre confió en ustedes toda su vida y esto no es manera de despedirle.

Marisol Ibáñez Crespo
Tel. 968 00 00 00
""", R(["Rectification"], "marisol.ibanez@correo.example", "Marisol", "Ibáñez Crespo"))

add("es-08-html-publicidad-co", "Camila Restrepo Gaviria <camila.restrepo@une-mail.example>",
    "Publicidad ArenaX",
    html("Cordial saludo,",
         "Por medio de la presente les solicito que dejen de enviarme correos promocionales y "
         "notificaciones de ofertas de ArenaX. Así mismo, no autorizo que utilicen mi historial de "
         "juego para mostrarme anuncios personalizados.",
         "Mi cuenta es <b>camirestrepo</b> (registrada con este correo).",
         "De antemano agradezco su atención,<br>Camila Restrepo Gaviria<br>Medellín"),
    R(["Opposition"], "camila.restrepo@une-mail.example", "Camila", "Restrepo Gaviria"), ct=HTML)

add("es-09-latin1-psicotecnicos", "Iñigo Etxeberria <ietxeberria@euskalnet-mail.example>",
    "Resultados de las pruebas psicotécnicas",
    """Egun on:

El pasado 28 de octubre hice en sus oficinas de Bilbao las pruebas psicotécnicas y la
entrevista para el puesto de técnico de mantenimiento (proceso TAL-BIO-1187). No me han
cogido, y eso no lo discuto, pero me gustaría ver qué puntuaciones saqué, qué informe
redactó la psicóloga y qué anotaciones hay en mi ficha de candidato. Entiendo que tengo
derecho a que me lo faciliten.

Eskerrik asko,
Iñigo Etxeberria Zubiri
Tfno. 688 41 22 90
""", R(["Access"], "ietxeberria@euskalnet-mail.example", "Iñigo", "Etxeberria Zubiri"),
    ct=LATIN1, encode="latin-1")

add("es-10-escrito-formal-15-17", "María del Carmen Ortega Blanco <mcortegablanco@correo.example>",
    "Ejercicio de derechos de acceso y supresión (arts. 15 y 17 RGPD)",
    """A la atención del Delegado de Protección de Datos de Talento

Dña. María del Carmen Ortega Blanco, mayor de edad, con DNI 17xxxxxxK y domicilio a efectos
de notificaciones en C/ Alfonso I, 23, 50003 Zaragoza, por medio del presente escrito

EXPONE

Primero.- Que en 2021 me registré en la bolsa de empleo de Talento y participé en varios
procesos de selección.

Segundo.- Que no deseo mantener relación alguna con su entidad.

Por lo que SOLICITA

1. Que, conforme al artículo 15 del Reglamento (UE) 2016/679 y al artículo 13 de la
LOPDGDD, se me confirme si tratan datos personales que me conciernen y, en tal caso, se me
remita copia de los mismos junto con los fines, destinatarios y plazo de conservación.

2. Que, una vez atendido lo anterior, se proceda a la supresión de la totalidad de mis datos
personales, de conformidad con el artículo 17 RGPD.

Se acompaña copia del DNI.

En Zaragoza, a 14 de noviembre de 2026.

Fdo.: María del Carmen Ortega Blanco
""", R(["Access", "Erasure"], "mcortegablanco@correo.example", "María del Carmen", "Ortega Blanco"))

add("es-11-abogada-cv-cedido", "Elena Marín Soler <emarin@marinsoler-abogados.example>",
    "Nuestro cliente D. Sergio Navarro Gil – requerimiento RGPD",
    """Estimados señores:

Me dirijo a ustedes en nombre y representación de D. Sergio Navarro Gil, según poder que se
acompaña, en relación con el tratamiento de sus datos personales por parte de Talento.

Mi representado ha tenido conocimiento de que su currículum fue remitido, sin su
consentimiento, a la empresa en la que actualmente presta servicios, con el consiguiente
perjuicio. En consecuencia, les requiero para que:

a) Nos faciliten la totalidad de los datos de mi cliente que obran en su poder, con
indicación expresa de las empresas a las que se ha comunicado su candidatura y las fechas.

b) Cesen de inmediato en la remisión de su CV o perfil a cualquier empresa cliente.

Quedamos a la espera de su respuesta en el plazo legalmente establecido.

Elena Marín Soler
Abogada – Colegiada nº 4.512 ICAV
Marín & Soler Abogados
C/ Colón 18, 46004 Valencia · Tel. 963 00 00 00

Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.
Si lo ha recibido por error, le rogamos que lo comunique al remitente y proceda a su borrado.
""", R(["Access", "Opposition"], "emarin@marinsoler-abogados.example", "Sergio", "Navarro Gil",
       representative="Elena Marín Soler"))

add("es-12-madre-cuenta-hijo", "Patricia Díaz Romero <patri.diazromero@correo.example>",
    "Cuenta de mi hijo menor de edad",
    """Hola,

He descubierto que mi hijo Hugo, que tiene 13 años, se abrió una cuenta en ArenaX mintiendo
sobre su edad (usuario HugoFDZ_2013). Ha estado haciendo directos con la cámara encendida y
comprando cosas con mi tarjeta. Como su madre, exijo que eliminen su cuenta, sus vídeos y todos
sus datos. Lo de los cargos de la tarjeta ya lo reclamaré por otra vía.

Patricia Díaz Romero
Madre de Hugo Fernández Díaz
""", R(["Erasure"], "patri.diazromero@correo.example", "Hugo", "Fernández Díaz",
       representative="Patricia Díaz Romero"))

add("es-13-familia-replyto-aseguradora", "Familia Soto Urrutia <familiasoto@correo.example>",
    "Pregunta sobre el plan de decesos",
    """Buenos días,

Tengo contratado con Eterna un plan de previsión funeraria y mi cuñado me ha dicho que estas
cooperativas venden los datos a las aseguradoras. Antes de seguir pagando las cuotas quiero
saber: ¿con quién comparten mis datos? ¿La aseguradora que respalda el plan recibe mi
cuestionario de salud? ¿Cuánto tiempo los guardan si me doy de baja?

No necesito ninguna copia, solo que me lo expliquen claro.

Beatriz Soto Urrutia
(les escribo desde el correo de casa, respóndanme a mi dirección personal)
""", R(["Information"], "bea.soto.urrutia@correo.example", "Beatriz", "Soto Urrutia"),
    headers=["Reply-To: Beatriz Soto <bea.soto.urrutia@correo.example>"])

add("es-14-typos-nombre-telefono", "jonathan ruiz <jona.ruiz.m@correo.example>", "corregir datos",
    """ola buenas en mi perfil de candidato pone Jonatan sin h y es JONATHAN, tambien el telefono es
biejo ahora es el 612 33 48 09 y la direcion tambien la cambie, vivo en c/ san bernardo 7 2 izq
madrid. porfa cambienlo q me llaman a un numero q ya no tengo
gracias
jonathan ruiz molina
""", R(["Rectification"], "jona.ruiz.m@correo.example", "Jonathan", "Ruiz Molina"))

add("es-15-congelar-datos-fraude", "Pablo Quiroga Lema <pquiroga@correo.example>",
    "Bloqueo de cuenta por supuesto fraude - no borren nada",
    """Hola,

Me han marcado la cuenta como "fraude en pagos" porque mi banco hizo una devolución que yo no
pedí. Ya he abierto reclamación con el banco. Mientras se aclara, les pido que no usen esos
datos para nada más (ni compartirlos con empresas antifraude, ni para decidir nada sobre mi
cuenta) y que tampoco los borren, que los necesito como prueba. O sea, que los dejen
congelados hasta que esto se resuelva.

Un saludo,
Pablo Quiroga Lema
Santiago de Compostela
""", R(["Restriction"], "pquiroga@correo.example", "Pablo", "Quiroga Lema"))

add("es-16-cuanto-guardais-cv-cat", "Núria Casals Ferrer <ncasals@xarxa-mail.example>",
    "Consulta: ¿cuánto tiempo guardáis los CV?",
    """Bon dia,

Estoy mirando de apuntarme a vuestra bolsa de trabajo, pero antes quería hacer una consulta:
¿cuánto tiempo guardáis el currículum si no me sale nada? ¿Lo pasáis a las empresas clientes
sin preguntarme? Y he leído que usáis un proveedor americano para las entrevistas por vídeo:
¿los datos salen de la UE?

Això és tot, gràcies!
Núria Casals
""", R(["Information"], "ncasals@xarxa-mail.example", "Núria", "Casals Ferrer"))

add("es-17-hermano-fallecido-clips", "Raúl Moreno Vidal <raul.morenovidal@correo.example>",
    "Cuenta de mi hermano fallecido",
    """Hola,

Mi hermano Daniel Moreno Vidal falleció el pasado agosto en un accidente de moto. Tenía una
cuenta en ArenaX (DaniMV_Racing) donde subía sus directos y clips. A mi madre le haría mucha
ilusión conservar esos vídeos, así que les pedimos, primero, que nos faciliten una copia de
todo lo que tenía (vídeos, fotos de perfil, mensajes si se puede), y después que cierren la
cuenta y borren sus datos: nos duele ver su perfil saliendo como "sugerido" a sus amigos.

Puedo enviarles el certificado de defunción y el libro de familia.

Gracias por su comprensión,
Raúl Moreno Vidal
""", R(["Access", "Erasure"], "raul.morenovidal@correo.example", "Daniel", "Moreno Vidal",
       representative="Raúl Moreno Vidal"))

add("es-18-solo-sms-no-baja-pe", "Valeria Mendoza Aguilar <vmendoza.a@correo.example>", "SMS de ofertas",
    """Buenas,

Ojo, no quiero darme de baja de la plataforma ni que me borren la cuenta, me gusta jugar.
Solo quiero que dejen de mandarme mensajes de texto al celular con ofertas de gemas y pases
de batalla, son como cinco al día.

Gracias de antemano,
Valeria Mendoza Aguilar
Lima
""", R(["Opposition"], "vmendoza.a@correo.example", "Valeria", "Mendoza Aguilar"))

add("es-19-recibo-duplicado", "Francisco Javier Lorenzo Gómez <fjlorenzo@correo.example>",
    "Cuota de noviembre cobrada dos veces",
    """Buenas tardes,

Este mes me han pasado dos recibos de 38,50 € del plan de previsión de Eterna (póliza
EP-1877-031). Adjunto captura del banco. ¿Me pueden devolver uno? No sé si este es el correo
correcto, lo he encontrado en la web.

Saludos,
Francisco Javier Lorenzo
Tel. 655 20 11 47
""", R(["Unknown"], "fjlorenzo@correo.example", "Francisco Javier", "Lorenzo Gómez"))

add("es-20-firma-aviso-legal", "Ignacio Vallejo Prieto <ivallejo@ingenieria-norte.example>",
    "Solicitud sobre mi candidatura",
    """Buenos días:

Hace un par de años estuve inscrito en su agencia. Hace poco, una empresa de la competencia
me comentó que "les llegó mi CV a través de Talento", cosa que yo no autoricé. Les ruego me
remitan los datos personales que conservan sobre mí y la relación de empresas a las que se ha
enviado mi currículum.

Un saludo,

Ignacio Vallejo Prieto
Jefe de Proyectos · Departamento de Ingeniería
Ingeniería Norte S.L.
Tel. +34 944 00 00 00 | Móvil +34 600 00 00 00

--
AVISO LEGAL: La información contenida en este correo electrónico es confidencial y para uso
exclusivo del destinatario. Si usted no es el destinatario indicado, queda notificado de que
la lectura, utilización, divulgación y/o copia sin autorización está prohibida. Antes de
imprimir este correo, piense si es necesario.
""", R(["Access"], "ivallejo@ingenieria-norte.example", "Ignacio", "Vallejo Prieto"))

add("es-21-cp1252-ballenas", "Alejandro Crespo Núñez <alecrespo@correo.example>",
    "Perfilado por gasto – me opongo",
    """Hola:

Un amigo que trabaja en el sector me ha contado que en ArenaX clasificáis a los jugadores según
lo que gastan (“ballenas”, “delfines”…) y que a los que más gastamos nos bombardeáis con
ofertas “exclusivas”. Yo llevo más de 1.200 € en dos años y ahora entiendo por qué me salen
tantas.

Me opongo a que uséis mis datos de compras para clasificarme o para personalizarme ofertas.
Para la facturación podéis seguir usándolos, claro.

Alejandro Crespo Núñez – usuario ACN_Rayo
""", R(["Opposition"], "alecrespo@correo.example", "Alejandro", "Crespo Núñez"),
    ct=CP1252, encode="cp1252")

add("es-22-traspaso-perfil-agencia", "Lucía Herrera Campos <lucia.herrera.campos@correo.example>",
    "Traspaso de mi perfil a otra agencia",
    """Hola,

Me cambio de agencia de trabajo temporal (me voy con una cooperativa de Sevilla). Para no
rellenarlo todo otra vez, ¿me podéis exportar mi perfil completo —experiencia, formación,
carnés, idiomas y los resultados de los test de Excel e inglés— en un archivo estándar tipo
XML o JSON? Si os lo piden ellos directamente, os autorizo a mandárselo.

Mil gracias,
Lucía
""", R(["Portability"], "lucia.herrera.campos@correo.example", "Lucía", "Herrera Campos"))

add("es-23-tutora-hermano-plan", "Carmen Gallardo Ruiz <carmengallardo@correo.example>",
    "Plan de decesos de mi hermano Manuel - tutora legal",
    """Buenos días,

Soy la tutora legal de mi hermano Manuel Gallardo Ruiz (sentencia de provisión de apoyos del
Juzgado de Primera Instancia nº 5 de Málaga, que puedo aportar). Manuel tiene un plan funerario
prepagado con ustedes desde antes de su enfermedad.

Les pido dos cosas: que actualicen la dirección de contacto del plan, que ahora es la de la
residencia (Residencia San Telmo, C/ Ollerías 40, 29012 Málaga), y que me envíen una copia de
todos los datos que tienen de él, incluida la lista de beneficiarios y las instrucciones que
dejó.

Muchas gracias,
Carmen Gallardo Ruiz
""", R(["Rectification", "Access"], "carmengallardo@correo.example", "Manuel", "Gallardo Ruiz",
       representative="Carmen Gallardo Ruiz"))

add("es-24-voz-directos-iphone", "Marta <marta.ll.91@correo.example>", "voz en los directos",
    """Hola, retiro el consentimiento que di para que mi voz salga en las retransmisiones de los
torneos de ArenaX. No quiero salir más.
Marta

Enviado desde mi iPhone
""", R(["Opposition"], "marta.ll.91@correo.example", "Marta"))

add("es-25-baneo-automatico", "Matías Fuentealba Rojas <mfuentealba@vtr-mail.example>",
    "Baneo automático injusto - pido revisión humana",
    """Hola, buenas.

El sistema anti-trampas me baneó permanente la cuenta (MatiFR) el viernes en plena
clasificatoria del torneo. Nunca he usado hacks, po. El mensaje dice "detección automatizada"
y no hay ni un humano al que apelar, el soporte solo me contesta con bots.

Exijo que una persona revise el caso y no quedarme con lo que decidió la máquina. Tengo
grabaciones de mis partidas por si las necesitan.

Saludos desde Concepción,
Matías Fuentealba Rojas
""", R(["AutomatedDecision"], "mfuentealba@vtr-mail.example", "Matías", "Fuentealba Rojas"))

add("es-26-videoentrevista-ia", "Irene Domínguez Pascual <irene.dominguez.p@correo.example>",
    "Grabación de mi videoentrevista",
    """Hola equipo:

El mes pasado hice con vosotros una de esas videoentrevistas grabadas en las que respondes a
la cámara sin nadie al otro lado. Me gustaría que me pasarais la grabación y la valoración que
se hizo. Y también he leído en la letra pequeña que las grabaciones se usan para "mejorar
nuestros modelos": a eso me niego, no quiero que mi cara ni mi voz sirvan para entrenar
ninguna IA.

Gracias,
Irene Domínguez
""", R(["Access", "Opposition"], "irene.dominguez.p@correo.example", "Irene", "Domínguez Pascual"))

add("es-27-mensaje-condolencias-google", "Rocío Benítez Luna <rociobenitez@correo.example>",
    "Quitar mi mensaje de una página de condolencias",
    """Hola,

En 2020 dejé un mensaje en la página de condolencias de mi madre en su web. Ahora, si alguien
busca mi nombre en Google, lo primero que sale es ese mensaje, con mi nombre completo y la
ciudad, y me resulta muy doloroso. ¿Podrían eliminar mi mensaje y mi nombre de esa página? La
página de mi madre pueden dejarla.

Un saludo,
Rocío Benítez Luna
""", R(["Erasure"], "rociobenitez@correo.example", "Rocío", "Benítez Luna"))

add("es-28-reenvio-atencion-cliente", "Sonia Paredes <sonia.paredes@acme-corp.example>",
    "RV: No quiero que guarden mis datos",
    """Hola equipo de privacidad:

Os reenvío este correo que ha entrado en el buzón de atención al cliente de Eterna. Creo que
os toca a vosotros. La señora pidió presupuesto en septiembre pero no llegó a firmar nada.

Sonia Paredes
Atención al Cliente – Eterna

-----Mensaje original-----
De: Amparo Velasco Ríos <amparo.velasco@correo.example>
Enviado el: domingo, 15 de noviembre de 2026 19:12
Para: clientes@acme-corp.example
Asunto: No quiero que guarden mis datos

Buenas tardes. En septiembre pedí un presupuesto para el plan de decesos y di mis datos y los
de mi marido. Al final no lo contratamos. Quiero que borren todo lo que tengan de nosotros.

Amparo Velasco Ríos
""", R(["Erasure"], "amparo.velasco@correo.example", "Amparo", "Velasco Ríos"))

add("es-29-adjunto-permiso-trabajo", "Marcos Téllez <marcos.tellez@acme-corp.example>",
    "RV: Corrección de mis datos - urgente", "",
    R(["Rectification", "Restriction"], "kevinrojas.hn@correo.example", "Kevin Alexander", "Rojas Pineda"),
    note="""Hola, os adjunto el correo de un candidato que me ha llegado a mí directamente. Pide
cambios en su ficha. Yo de momento no le he presentado a ningún cliente.

Marcos Téllez
Consultor de Selección – Talento Valencia
""",
    attached=("Kevin Alexander Rojas Pineda <kevinrojas.hn@correo.example>", "Corrección de mis datos - urgente",
              """Buenas, don Marcos:

Le escribo porque en mi ficha de Talento aparece que mi permiso de trabajo está "pendiente" y
que soy de nacionalidad nicaragüense. Yo soy hondureño y desde julio tengo la residencia y el
permiso de trabajo en vigor (le mando copia). Por favor corrijan esos datos, y mientras no
estén corregidos no quiero que manden mi ficha a ninguna empresa, porque me van a descartar
por algo que no es cierto.

Muchas gracias, bendiciones
Kevin Alexander Rojas Pineda
"""))

# ---------------------------------------------------------------- tasks

add("es-30-tarea-contrato-ats", "Beatriz Lozano <beatriz.lozano@acme-corp.example>",
    "Revisión contrato encargado - nuevo ATS",
    """Hola,

Desde Talento vamos a cambiar de ATS (el software de gestión de candidaturas) en enero. El
proveedor nos ha enviado su contrato de encargado del tratamiento y el anexo de subencargados
(hay uno en India para el soporte). ¿Podéis revisarlo antes del 30 de noviembre? Lo tenéis en
la carpeta compartida Legal > Proveedores > ATS 2027.

Gracias,
Beatriz Lozano
Responsable de Operaciones – Talento
Ext. 4417
""", TASK("beatriz.lozano@acme-corp.example", "Beatriz", "Lozano"))

add("es-31-tarea-eipd-anticheat", "Óscar Villanueva <oscar.villanueva@acme-corp.example>",
    "EIPD para el nuevo anti-cheat a nivel kernel",
    """Buenas,

En producto queremos lanzar en Q1 un anti-cheat a nivel de kernel que escanea los procesos del
PC del jugador y, opcionalmente, activa la webcam en los torneos online con premio. Legal nos
dice que necesitamos una evaluación de impacto antes de salir. ¿Cómo arrancamos? Puedo montar
una reunión esta semana con el equipo técnico.

Óscar Villanueva
Product Owner Anti-Cheat · ArenaX
""", TASK("oscar.villanueva@acme-corp.example", "Óscar", "Villanueva"))

add("es-32-tarea-rat-streaming-funerales", "Mercè Roca <merce.roca@acme-corp.example>",
    "Alta en el registro de actividades: retransmisión de funerales",
    """Hola,

A partir del 1 de diciembre vamos a ofrecer en Eterna la retransmisión en streaming de las
ceremonias de despedida, para familiares que no pueden desplazarse. Nos han dicho que hay que
darlo de alta en el registro de actividades de tratamiento. Os paso una ficha con lo que sabemos
(proveedor de vídeo, quién accede, cuánto se guarda la grabación). ¿Lo podéis incorporar y
decirme si falta algo?

Mercè Roca
Coordinadora de Servicios – Eterna Barcelona
""", TASK("merce.roca@acme-corp.example", "Mercè", "Roca"))

add("es-33-tarea-cuestionario-banco", "Gonzalo Ibarra <gonzalo.ibarra@acme-corp.example>",
    "Cuestionario de seguridad de cliente (banco) - fecha límite viernes",
    """Equipo:

Un cliente grande (entidad bancaria) nos pide completar su cuestionario de homologación de
proveedores antes de renovar el contrato de puesta a disposición de temporales. Son 60
preguntas; unas 20 son de protección de datos (transferencias internacionales, plazos de
conservación, gestión de brechas, DPO...). Os lo adjunto: ¿me echáis una mano con esa parte
antes del viernes?

Saludos,
Gonzalo Ibarra
Key Account Manager – Talento
""", TASK("gonzalo.ibarra@acme-corp.example", "Gonzalo", "Ibarra"))

add("es-34-tarea-formacion-consultores", "Lorena Campos <lorena.campos@acme-corp.example>",
    "Formación RGPD para los nuevos seleccionadores",
    """Hola,

En diciembre se incorporan 12 consultores nuevos en la oficina de Valencia. ¿Podríais darles
una sesión sobre protección de datos (qué se puede preguntar en una entrevista, cuánto tiempo
guardamos los CV, qué hacer si un candidato pide sus datos)? Con hora y media nos vale.
Proponed fecha.

Lorena Campos
RR. HH. – Grupo
""", TASK("lorena.campos@acme-corp.example", "Lorena", "Campos"))

# ---------------------------------------------------------------- incidents

add("es-35-inc-portatil-ave", "Rubén Alcalde <ruben.alcalde@acme-corp.example>",
    "URGENTE: me han robado el portátil en el AVE",
    """Hola,

Me acaban de robar la mochila con el portátil del trabajo en el AVE Madrid-Sevilla. Tenía
abierto un Excel con unos 300 candidatos del proceso de Logística (nombres, teléfonos, DNI y
salario pretendido). El portátil tiene contraseña pero no sé si el disco está cifrado. Ya he
puesto la denuncia en la comisaría de Santa Justa. ¿Qué hago ahora?

Rubén Alcalde
Talento – Selección
Móvil 600 11 22 33
""", INC("ruben.alcalde@acme-corp.example", "Rubén", "Alcalde"))

add("es-36-inc-contrato-otra-familia", "Inmaculada Sáez <inmaculada.saez@acme-corp.example>",
    "He enviado un contrato a la familia equivocada",
    """Buenas,

Esta mañana he enviado por correo el contrato del servicio funerario de la familia Herrero
(con el DNI del difunto, los datos del certificado médico de defunción y la cuenta bancaria
del pagador) a la familia Herreros, que es de otro expediente. Me he dado cuenta al ver su
respuesta. Ya les he pedido que lo borren. ¿Tengo que hacer algo más?

Inma Sáez
Tanatorio Eterna – Albacete
""", INC("inmaculada.saez@acme-corp.example", "Inmaculada", "Sáez"))

add("es-37-inc-presupuesto-ajeno", "Tomás Aguirre <tomasaguirre@correo.example>",
    "Me ha llegado información de otra persona",
    """Hola,

Hoy he recibido en mi correo un presupuesto de Eterna a nombre de una tal Josefa Morillo, con
su dirección, su teléfono y hasta el modelo de féretro y la forma de pago. Yo no tengo nada
que ver con esa señora; supongo que se han equivocado al teclear el email. Les aviso para que
lo sepan, yo lo borro.

Tomás Aguirre
""", INC("tomasaguirre@correo.example", "Tomás", "Aguirre"))

add("es-38-inc-phishing-soporte", "Adrián Solís <adrian.solis@acme-corp.example>",
    "Creo que he picado en un phishing",
    """Hola, perdón por el lío.

He recibido un correo que parecía de "Microsoft 365 - su contraseña caduca hoy", he pinchado
el enlace y he metido mi usuario y contraseña. Con mi cuenta se entra al panel de soporte de
ArenaX (tickets de jugadores con emails, IPs y a veces fotos del DNI para la verificación de
edad). Ya he cambiado la contraseña, pero no sé si han llegado a entrar. Lo he avisado también
a IT.

Adrián Solís
Soporte Nivel 2 – ArenaX
""", INC("adrian.solis@acme-corp.example", "Adrián", "Solís"))

add("es-39-inc-compras-de-otro", "xXdragonslayerXx <dragonslayer.gamer@correo.example>",
    "veo los datos de otro jugador en mi perfil!!",
    """hola!! esta mañana he entrado en mi perfil de arenax y en el apartado de historial de compras
me salen compras que no son mias y el correo y el nombre de otra persona (un tal Ivan algo, con
su direccion de facturacion de Zaragoza). creo que teneis un fallo gordo. no he tocado nada.
saludos, Sergio
""", INC("dragonslayer.gamer@correo.example", "Sergio"))

# ---------------------------------------------------------------- follow-ups

add("es-40-fu-dsr-sin-respuesta", "Gabriela Ferrer Santana <gferrer.santana@correo.example>",
    "Re: [DSR-58214] Hemos recibido su solicitud",
    """Buenos días:

Ya ha pasado más de un mes y sigo sin recibir nada. Según su propio mensaje tenían un mes para
responder. ¿En qué punto está lo mío?

Gabriela Ferrer

El 12/10/2026, a las 10:04, Privacidad <privacy@acme-corp.example> escribió:
> Estimada Sra. Ferrer:
> Hemos recibido su solicitud relativa a sus datos personales. La hemos registrado con la
> referencia DSR-58214 y le responderemos en el plazo máximo de un mes.
> Atentamente,
> Equipo de Protección de Datos
""", FU("58214", "gferrer.santana@correo.example", "Gabriela", "Ferrer Santana"))

add("es-41-fu-baneo-novedades", "Matías Fuentealba Rojas <mfuentealba@vtr-mail.example>",
    "Re: Baneo automático injusto - pido revisión humana",
    """Hola de nuevo, ¿alguna novedad con la revisión? El torneo termina el 30 y sigo fuera.
Gracias.
Matías
""", FU(ref("es-25-baneo-automatico"), "mfuentealba@vtr-mail.example", "Matías", "Fuentealba Rojas"),
    headers=irt("es-25-baneo-automatico"))

add("es-42-fu-dsr-dni", "Ernesto Valdivia <evaldivia@correo.example>",
    "RE: [DSR-60077] Verificación de identidad",
    """Adjunto copia del DNI por las dos caras, como me pidieron. Espero que ahora sí puedan
tramitarlo.

Ernesto Valdivia Marrero

-----Mensaje original-----
De: privacy@acme-corp.example
Asunto: [DSR-60077] Verificación de identidad
> Para poder tramitar su solicitud necesitamos verificar su identidad. Por favor, envíenos...
""", FU("60077", "evaldivia@correo.example", "Ernesto", "Valdivia Marrero"))

# ---------------------------------------------------------------- ignored

add("es-43-spam-borrado-total", "Borrado Total <ofertas@limpiezadigital-pro.example>",
    "¡Elimine sus datos personales de internet en 24 horas!",
    """¿Sabía que sus datos personales aparecen en más de 200 bases de datos?

Con BorradoTotal PRO eliminamos su información de buscadores, redes sociales y brokers de
datos en solo 24 horas. ¡Proteja su privacidad YA!

OFERTA EXCLUSIVA: 49,90 € -> 9,90 €
Pulse aquí: http://borradototal-pro.example/oferta

Para no recibir más correos responda BAJA.
""", IGN("spam", "ofertas@limpiezadigital-pro.example"), headers=SPAM_HDR)

add("es-44-spam-phishing-arenax", "ArenaX Soporte <seguridad@arenax-verificacion.example>",
    "Su cuenta será suspendida - verifique sus datos",
    html("Estimado jugador:",
         "Hemos detectado actividad inusual en su cuenta. Para evitar la <b>eliminación definitiva "
         "de sus datos personales</b> y de sus compras, verifique su identidad en las próximas 24 horas.",
         "<a href='http://arenax-verificacion.example/login'>VERIFICAR AHORA</a>",
         "Equipo de Seguridad ArenaX"),
    IGN("spam", "seguridad@arenax-verificacion.example"), ct=HTML,
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="arenax-verificacion.example")])

add("es-45-spam-seo-funeraria", "Marketing Online <info@posiciona-tu-web.example>",
    "Propuesta SEO para su funeraria",
    """Hola,

He visto la web de su funeraria y no aparece en la primera página de Google para "funeraria
barata" ni "seguro de decesos". Le ofrecemos posicionamiento SEO garantizado en 30 días, 50
enlaces de calidad y gestión de reseñas. Primer mes gratis.

¿Le llamo mañana?

Saludos,
Raquel – Posiciona Tu Web
(Cumplimos RGPD y LSSI. Si no desea recibir más comunicaciones, indíquenoslo.)
""", IGN("spam", "info@posiciona-tu-web.example"))

add("es-46-auto-notaria", "Guillermo Sastre <gsastre@notaria-sastre.example>",
    "Respuesta automática: [DSR-59310] Su solicitud",
    """Estaré fuera de la notaría hasta el 23 de noviembre sin acceso al correo. Para asuntos
urgentes, contacte con mi colaboradora en el 910 00 00 00.

Un saludo.
""", IGN("auto_reply", "gsastre@notaria-sastre.example"), headers=["Auto-Submitted: auto-replied"])

add("es-47-bulk-boletin", "Boletín Privacidad Hoy <boletin@privacidadhoy.example>",
    "Privacidad Hoy nº 212: sanciones de la AEPD en octubre",
    """PRIVACIDAD HOY – Boletín semanal nº 212

- La AEPD sanciona a una cadena de gimnasios por el uso de huella dactilar
- Guía actualizada sobre brechas de datos personales
- Webinar: IA en selección de personal y el artículo 22 RGPD

Recibe este boletín porque está suscrito con privacy@acme-corp.example.
Darse de baja: https://privacidadhoy.example/baja
""", IGN("bulk", "boletin@privacidadhoy.example"),
    headers=["List-Id: Privacidad Hoy <boletin.privacidadhoy.example>",
             "List-Unsubscribe: <mailto:baja@privacidadhoy.example>, <https://privacidadhoy.example/baja>",
             "Precedence: bulk"])

add("es-48-rebote", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

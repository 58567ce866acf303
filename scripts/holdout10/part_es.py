from common import *  # part es: written blind
# Rueda (ride-hailing, e-scooters), the regional newspaper + podcast subscription, LuckyLine
# (lottery, sports betting): one group, privacy@acme-corp.example.

# ---------------------------------------------------------------- requests
add("es-01-borren-cuenta-rueda", "pmarquez77@correo.example", "baja",
    """borren mi cuenta de rueda ya, no la uso desde hace un año
""",
    R(["Erasure"], "pmarquez77@correo.example"))

add("es-02-carta-formal-acceso",
    "Inmaculada Sánchez-Arjona Beltrán <isanchezarjona@notarios-sur.example>",
    "Ejercicio del derecho de acceso (art. 15 RGPD)",
    """A la atención del Delegado de Protección de Datos

Dña. Inmaculada Sánchez-Arjona Beltrán, mayor de edad, con DNI 28.xxx.xxx-K y domicilio a
efectos de notificaciones en la calle Feria 41, 3.º B, 41003 Sevilla, por medio del presente
escrito

EXPONE

Que soy usuaria de la aplicación Rueda desde 2021, tanto del servicio de VTC como del alquiler
de patinetes eléctricos.

Que, al amparo del artículo 15 del Reglamento (UE) 2016/679 y del artículo 13 de la Ley
Orgánica 3/2018 (LOPDGDD),

SOLICITA

Que se me facilite, en el plazo de un mes, confirmación de si se están tratando datos
personales que me conciernan y, en tal caso, una reproducción íntegra de los mismos,
incluidos los registros de geolocalización de mis trayectos, las valoraciones que me han
puesto los conductores y cualquier nota interna asociada a mi perfil.

En Sevilla, a 14 de noviembre de 2026.

Fdo.: Inmaculada Sánchez-Arjona Beltrán
""",
    R(["Access"], "isanchezarjona@notarios-sur.example", "Inmaculada", "Sánchez-Arjona Beltrán"))

add("es-03-patinete-multa-historia", "Rodrigo Iturbe <rodri.iturbe@euskalnet.example>",
    "Vergonzoso lo del patinete",
    """Buenas tardes, o malas, según se mire.

El sábado 7 cogí uno de vuestros patinetes en la Gran Vía de Bilbao para ir al trabajo. Lo
aparqué donde siempre, en la zona marcada del app junto al puente de Deusto, saqué la foto
como me pide la aplicación y cerré el viaje. Todo normal. Pues el martes me llega un correo
diciendo que me cobráis 30 euros de "penalización por estacionamiento indebido" y encima
que el Ayuntamiento os ha puesto una sanción y que me la vais a repercutir. ¿Perdona?

Llamé al teléfono de atención al cliente y después de 25 minutos de musiquita me dicen que
ellos no pueden hacer nada, que escriba a otro sitio. Escribí al chat del app y me responde
un bot que me ofrece un cupón de 2 euros. Dos euros. Esto es de risa.

Yo tengo la foto del aparcamiento en el móvil y se ve perfectamente dónde lo dejé. Así que
lo que os pido, y lo pido formalmente, es que me mandéis todo lo que tenéis guardado de ese
trayecto y de mi cuenta: las coordenadas GPS del patinete minuto a minuto, la foto que subí,
la hora de cierre y lo que sea que hayáis registrado. Quiero verlo con mis propios ojos antes
de pagar un céntimo.

Y si la respuesta es otro cupón, directamente me voy a Consumo.

Rodrigo Iturbe Zabaleta
""",
    R(["Access"], "rodri.iturbe@euskalnet.example", "Rodrigo", "Iturbe Zabaleta"))

add("es-04-llamadas-periodico-latin1", "Amparo Llorente <amparo.llorente@telefonica.example>",
    "Llamadas para la suscripción",
    """Señores:

Me están llamando casi a diario desde un número que empieza por 96 para ofrecerme la
suscripción al periódico en papel y el podcast "de regalo". Ya les he dicho tres veces que
no me interesa. No quiero que vuelvan a utilizar mi teléfono para venderme nada, ni ustedes
ni la empresa que les hace las llamadas.

Amparo Llorente
Tel. 963 00 00 00
""",
    R(["Opposition"], "amparo.llorente@telefonica.example", "Amparo", "Llorente"),
    ct=LATIN1, encode="latin-1")

add("es-05-fecha-nacimiento-voseo", "Facundo Benítez <facu.benitez@fibertel.example>",
    "me tienen mal la fecha de nacimiento",
    """Hola, qué tal. Les escribo porque cuando me registré en LuckyLine puse mal la fecha de
nacimiento (puse 1998 y nací en 1989, se me cruzaron los números) y ahora que quiero
retirar lo que gané en la Champions me rechazan la verificación porque no coincide con el
pasaporte. Necesito que me la arreglen en el perfil: es el 03/11/1989.

Si necesitan que les mande el pasaporte de nuevo avísenme y lo subo.

Gracias, che.
Facundo Benítez
""",
    R(["Rectification"], "facu.benitez@fibertel.example", "Facundo", "Benítez"))

add("es-06-conductor-historial-csv", "Wilmer Castaño Rivas <wilmer.castano@hotmail.example>",
    "Exportar mis viajes como conductor",
    """Buenos días,

Soy conductor asociado de Rueda en Madrid desde hace dos años (licencia VTC a nombre de mi
empresa unipersonal). Me estoy pasando a otra plataforma y quiero llevarme mi historial:
todos los servicios realizados, kilómetros, importes, puntuaciones de los pasajeros y
comentarios. Lo necesito en un archivo que se pueda abrir con Excel o importar en otro
sistema (CSV o similar), no en capturas de pantalla ni en PDF.

Si es posible enviarlo directamente a la otra plataforma díganme qué datos necesitan.

Un saludo,
Wilmer Castaño Rivas
Móvil 611 22 33 44
""",
    R(["Portability"], "wilmer.castano@hotmail.example", "Wilmer", "Castaño Rivas"))

add("es-07-limite-apuestas-algoritmo", "Íñigo Aldekoa <inigo.aldekoa@gmail.example>",
    "Me habéis limitado la cuenta sin explicación",
    """Hola,

Desde el lunes no puedo apostar más de 2 € por evento en LuckyLine. En el chat me han dicho
que "el sistema de gestión de riesgo ha ajustado automáticamente los límites de la cuenta" y
que ellos no pueden ver el motivo.

No me parece normal que una máquina decida eso sin que nadie lo mire. Pido que una persona
de verdad revise mi caso, que me expliquéis en qué os habéis basado y poder dar mi versión,
porque no he hecho nada raro: apuesto a fútbol y a pelota vasca desde hace años.

Íñigo Aldekoa
""",
    R(["AutomatedDecision"], "inigo.aldekoa@gmail.example", "Íñigo", "Aldekoa"))

add("es-08-congelar-datos-danos", "Marta Villanueva Ordóñez <mvillanueva@arquitectos-vo.example>",
    "Reclamación daños patinete - no borren nada",
    """Buenos días,

Me reclaman 180 € por supuestos daños en el patinete RD-4471 que alquilé el 2 de noviembre.
Yo lo devolví en perfecto estado y lo he discutido con vuestro departamento de
reclamaciones, que lo está revisando (expediente 2026-11-0932).

Mientras eso se resuelve, os pido que no uséis mis datos para nada relacionado con esa
reclamación: ni pasarlos a la empresa de recobros ni incluirme en ningún fichero de morosos.
Que quede todo bloqueado hasta que se aclare. Y, ojo, no quiero que borréis nada, porque lo
necesito como prueba.

Atentamente,
Marta Villanueva Ordóñez
Arquitecta
""",
    R(["Restriction"], "mvillanueva@arquitectos-vo.example", "Marta", "Villanueva Ordóñez"))

add("es-09-cuando-me-muera", "Remedios Cano Palacios <remecano@terra.example>",
    "Instrucciones para cuando falte",
    """Buenas,

Tengo 78 años y estoy poniendo mis papeles en orden. Juego a la lotería con ustedes cada
semana desde que mi nieto me instaló la aplicación de LuckyLine.

Quiero dejar dicho por escrito qué hacer con mis datos cuando yo fallezca: que sea mi hija,
Rosario Cano, la única que pueda pedirles información de mi cuenta, y que después lo borren
todo. ¿Cómo lo tengo que hacer? ¿Basta con este correo o hay que firmar algo?

Muchas gracias y perdonen las molestias.
Remedios Cano Palacios
""",
    R(["AdvanceDirectives"], "remecano@terra.example", "Remedios", "Cano Palacios"))

add("es-10-podcast-retencion-html", "Alba Roig <alba.roig@protonmail.example>",
    "Pregunta sobre los datos del podcast",
    html("Hola,",
         "Estoy suscrita al podcast del periódico desde septiembre. Me ha llamado la atención "
         "que la app sabe exactamente por qué minuto voy de cada episodio y que me recomienda "
         "otros según lo que escucho.",
         "¿Cuánto tiempo guardáis ese historial de escucha? ¿Se lo pasáis a anunciantes o a "
         "alguna empresa de medición de audiencias? ¿Se guarda fuera de la Unión Europea?",
         "Gracias,<br>Alba Roig"),
    R(["Information"], "alba.roig@protonmail.example", "Alba", "Roig"), ct=HTML)

add("es-11-solo-ofertas-socios", "Teodoro Gil <teogil@ono.example>",
    "Ofertas de terceros",
    """A ver si me explico bien, que la última vez me dieron de baja de todo:

NO quiero cancelar mi suscripción al periódico digital ni que me borren la cuenta de lector.
Lo único que quiero es dejar de recibir los correos de "ofertas exclusivas de nuestros
socios" (seguros, vinos, cruceros...). Eso fuera.

Gracias.
Teodoro Gil
""",
    R(["Opposition"], "teogil@ono.example", "Teodoro", "Gil"))

add("es-12-copia-y-cierre-luckyline", "Nerea Uriarte Goñi <nerea.uriarte@kutxa-mail.example>",
    "Cierre definitivo de mi cuenta LuckyLine",
    """Hola:

He decidido dejar las apuestas y quiero cerrar mi cuenta de LuckyLine para siempre.

Antes de que la eliminéis, mandadme por favor un extracto con todo lo que tenéis de mí:
movimientos, depósitos, apuestas, documentos que subí y las conversaciones con el chat.
Una vez lo tenga, borrad mis datos por completo.

Nerea Uriarte Goñi
""",
    R(["Access", "Erasure"], "nerea.uriarte@kutxa-mail.example", "Nerea", "Uriarte Goñi"))

add("es-13-padre-hijo-menor-apuestas", "Julio Prieto Ramos <julio.prieto.ramos@movistar.example>",
    "Mi hijo es menor y tiene cuenta en LuckyLine",
    """Buenas tardes,

He descubierto que mi hijo, Álvaro Prieto Sanz, de 16 años, se ha abierto una cuenta en
LuckyLine poniendo una fecha de nacimiento falsa. Usó el correo alvaro.ps2010@gmail.example.

Como padre y representante legal suyo les exijo que cierren esa cuenta y eliminen todos
sus datos. Puedo enviarles el libro de familia y mi DNI si lo necesitan.

Me parece muy grave que un menor pueda registrarse tan fácilmente en una casa de apuestas.

Julio Prieto Ramos
""",
    R(["Erasure"], "julio.prieto.ramos@movistar.example", "Álvaro", "Prieto Sanz",
      representative="Julio Prieto Ramos"))

add("es-14-heredera-madre-fallecida", "Beatriz Molina Herrera <bmolinah@yahoo.example>",
    "Cuenta de mi madre fallecida",
    """Hola,

Mi madre, Consuelo Herrera Vidal, falleció el pasado mes de septiembre. Tenía cuenta en
Rueda (con su correo consuelo.herrera.v@yahoo.example) y sigue recibiendo notificaciones y
promociones en su móvil, que ahora tengo yo.

Soy su hija y heredera. Os pido que deis de baja la cuenta y elimineis toda su
información. Tengo el certificado de defunción y el de últimas voluntades si os hacen falta.

Un saludo,
Beatriz Molina Herrera
""",
    R(["Erasure"], "bmolinah@yahoo.example", "Consuelo", "Herrera Vidal",
      representative="Beatriz Molina Herrera"))

add("es-15-abogado-cliente-acceso", "Ernesto Valcárcel Pujol <evalcarcel@valcarcel-abogados.example>",
    "Solicitud de acceso en nombre de D. Sergio Montenegro Llamas",
    """Muy señores míos:

Me dirijo a ustedes en nombre y representación de D. Sergio Montenegro Llamas, titular de
la cuenta de juego LuckyLine asociada al correo smontenegro@llamas.example, según poder que
se adjunta.

Al amparo de lo dispuesto en el artículo 15 del RGPD, solicitamos que se remita a este
despacho la totalidad de los datos personales de mi mandante que obren en sus sistemas,
incluidos el historial de depósitos y retiradas, las apuestas realizadas, las
comunicaciones comerciales enviadas y cualesquiera perfiles o segmentaciones de juego
elaborados sobre él.

Quedo a la espera de su respuesta en el plazo legalmente establecido.

Atentamente,

Ernesto Valcárcel Pujol
Abogado - Colegiado n.º 41.237 ICAM
Valcárcel & Asociados
C/ Velázquez 88, 28006 Madrid | +34 91 000 00 00

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a
su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y
proceda a su destrucción.
""",
    R(["Access"], "evalcarcel@valcarcel-abogados.example", "Sergio", "Montenegro Llamas",
      representative="Ernesto Valcárcel Pujol"))

add("es-16-mayusculas-publicidad", "PACO RUBIO <pacorubio1958@wanadoo.example>",
    "QUE ME QUITEN YA",
    """QUIERO QUE ME QUITEN DE TODAS SUS LISTAS DE PUBLICIDAD YA ESTA BIEN TODOS LOS DIAS CORREOS
DE LA LOTERIA Y DE LAS APUESTAS DEL FUTBOL. NO ME INTERESA. NO ME ESCRIBAN MAS

PACO RUBIO
""",
    R(["Opposition"], "pacorubio1958@wanadoo.example", "Paco", "Rubio"))

add("es-17-kiero-saver-typos", "yeray_gc@correo.example", "datos",
    """ola kiero saver q datos mios teneis lo d los viajes y eso q lo e usado mucho y no se q
guardais
gracias
yeray
""",
    R(["Access"], "yeray_gc@correo.example", "Yeray"))

add("es-18-reenvio-soporte-nombre", "Carlos Peña <carlos.pena@acme-corp.example>",
    "RV: Mi nombre está mal en las facturas",
    """Hola equipo de privacidad,

Os paso esto que nos ha llegado al buzón de suscripciones, creo que os toca a vosotros.
Gracias!

Carlos Peña
Atención al suscriptor

-----Mensaje original-----
De: Ángeles Quintana Moreno <angeles.quintana@jazztel.example>
Enviado el: viernes, 13 de noviembre de 2026 11:02
Para: suscripciones@acme-corp.example
Asunto: Mi nombre está mal en las facturas

Buenos días,
En todas las facturas de la suscripción del periódico y en mi perfil aparezco como
"Angela Quintano Moreno". Mi nombre correcto es Ángeles Quintana Moreno. Les ruego que lo
cambien en sus registros.
Un saludo.
""",
    R(["Rectification"], "angeles.quintana@jazztel.example", "Ángeles", "Quintana Moreno"))

add("es-19-adjunto-perfilado-bonos", "Lidia Ferrándiz <lidia.ferrandiz@acme-corp.example>",
    "Fwd: petición cliente ofertas personalizadas", "",
    R(["Opposition"], "raul.echeverria@euskaltel.example", "Raúl", "Echeverría"),
    attached=("Raúl Echeverría <raul.echeverria@euskaltel.example>",
              "No quiero bonos personalizados",
              """Hola,

Cada vez que pierdo una apuesta me llega a los cinco minutos un "bono de recuperación"
personalizado. Está claro que me estáis analizando al detalle. No quiero que uséis mis
hábitos de juego para hacerme ofertas a medida ni para clasificarme en ningún perfil.
Paradlo, por favor.

Raúl Echeverría
"""),
    note="""Buenas,

Os reenvío adjunto el correo de este cliente que ha entrado por el canal de soporte de
LuckyLine. Pide que dejemos de perfilarle para los bonos. ¿Lo gestionáis vosotros?

Lidia Ferrándiz
Customer Care Team Lead - LuckyLine
""")

add("es-20-familia-replyto-podcast", "Casa Domínguez <domingueztorres@telefonica.example>",
    "Borrar cuenta del podcast",
    """Hola,

Os escribo desde el correo de casa pero la cuenta del podcast es mía. Quiero que la borréis
por completo junto con mis datos, ya no lo escucho. Contestadme a mi correo personal, por
favor.

Elena Domínguez Torres
""",
    R(["Erasure"], "elena.dominguez.t@gmail.example", "Elena", "Domínguez Torres"),
    headers=["Reply-To: Elena Domínguez <elena.dominguez.t@gmail.example>"])

add("es-21-cobro-doble-viaje", "Tomás Ferrer <tferrer@mallorca-net.example>",
    "Me habéis cobrado dos veces",
    """Hola, el viaje del jueves del aeropuerto de Palma a Sóller me aparece cobrado dos veces
en la tarjeta (2 x 47,80). Quiero que me devolváis uno de los cargos. No encuentro otro
correo al que escribir, perdonad si no es aquí.

Tomás Ferrer
""",
    R(["Unknown"], "tferrer@mallorca-net.example", "Tomás", "Ferrer"))

add("es-22-mexico-transferencias", "Guadalupe Ríos Zamora <lupita.rios@prodigy.example>",
    "Consulta sobre aviso de privacidad",
    """Buen día,

Me mudé de Guadalajara a Valencia y ahora uso su app de Rueda. En México estamos
acostumbrados a que las empresas tengan un aviso de privacidad muy claro y aquí no lo
encuentro completo.

Quisiera saber: ¿para qué finalidades usan mi ubicación? ¿Comparten mis datos con empresas
en Estados Unidos o en otros países? ¿Por cuánto tiempo conservan los recorridos?

Saludos cordiales,
Guadalupe Ríos Zamora
""",
    R(["Information"], "lupita.rios@prodigy.example", "Guadalupe", "Ríos Zamora"))

add("es-23-cp1252-consentimiento-movil", "Josep Maria Vilaró <jmvilaro@orange.example>",
    "Retiro de consentimiento – LuckyLine",
    """Buenas tardes:

Cuando me registré acepté recibir “comunicaciones comerciales personalizadas”. Retiro ese
consentimiento desde hoy: no quiero más ofertas de depósito con bono del 100 % hasta 200 €
ni nada parecido.

Además, eliminad mi número de móvil de vuestra base de datos; la cuenta la puedo seguir
usando con el correo.

Josep Maria Vilaró
""",
    R(["Opposition", "Erasure"], "jmvilaro@orange.example", "Josep Maria", "Vilaró"),
    ct=CP1252, encode="cp1252")

add("es-24-historial-escucha-json", "Lucía Benavente <lucia.benavente@outlook.example>",
    "Llevarme mis listas del podcast",
    html("Buenas,",
         "Voy a cancelar la suscripción de podcast del periódico porque me paso a otra "
         "plataforma. ¿Me podéis dar mi historial de escucha, mis listas y los episodios "
         "guardados en un formato estándar (JSON, CSV, OPML...) para poder importarlos allí?",
         "Un abrazo,<br>Lucía Benavente<br><i>Enviado desde mi Samsung Galaxy</i>"),
    R(["Portability"], "lucia.benavente@outlook.example", "Lucía", "Benavente"), ct=HTML)

add("es-25-conductor-desactivado-selfie", "Kevin Andrés Mora Quintero <kevin.mora.q@gmail.example>",
    "Desactivación de cuenta de conductor",
    """Buenas noches,

Ayer la aplicación de conductor me pidió un selfie para la verificación de identidad y al
rato me llegó un mensaje: "Tu cuenta ha sido desactivada por no superar la verificación".
Soy yo, con barba, nada más. Nadie me ha llamado ni me han dejado explicarlo.

Solicito que una persona revise la decisión, no la máquina. Y quiero que me enviéis las
fotos que se compararon y los datos que usó el sistema para desactivarme.

Vivo de esto, así que les pido rapidez.

Kevin Andrés Mora Quintero
Conductor Rueda - Barcelona
""",
    R(["AutomatedDecision", "Access"], "kevin.mora.q@gmail.example", "Kevin Andrés", "Mora Quintero"))

add("es-26-ybarra-con-y", "Cristina Ybarra Olaso <cybarra@deusto-alumni.example>",
    "Apellido mal escrito",
    """En todas vuestras cartas del periódico pone "Ibarra". Es Ybarra, con Y griega. Corregidlo, gracias.
Cristina Ybarra Olaso
""",
    R(["Rectification"], "cybarra@deusto-alumni.example", "Cristina", "Ybarra Olaso"))

add("es-27-ubicacion-terceros-android", "Saúl Navarro <saul.navarro@yahoo.example>",
    "Ubicación y publicidad",
    """He leído en la política de privacidad de Rueda que podéis compartir "datos de movilidad
agregados o seudonimizados" con socios comerciales. No autorizo que mi ubicación se use ni
se ceda a nadie para publicidad, ni agregada ni sin agregar. Tomad nota.

Saúl Navarro

Enviado desde mi Xiaomi
""",
    R(["Opposition"], "saul.navarro@yahoo.example", "Saúl", "Navarro"))

add("es-28-curadora-hijo-juego", "Pilar Marín Soto <pilar.marin.soto@telefonica.example>",
    "Cuenta de juego de mi hijo - curatela",
    """Estimados señores:

Soy la madre y curadora, por resolución judicial del Juzgado de Primera Instancia n.º 5 de
Zaragoza, de mi hijo Gonzalo Estévez Marín, de 34 años, que tiene reconocida una
discapacidad y un problema grave de ludopatía.

Tiene una cuenta en LuckyLine a nombre de gonzalo.estevez.m@hotmail.example. Les pido dos
cosas:

1. Que eliminen la cuenta y todos los datos de mi hijo.
2. Que, mientras tanto, no le envíen ni una sola comunicación comercial más: ni correos, ni
   SMS, ni notificaciones con bonos.

Adjunto copia de la sentencia de provisión de apoyos.

Atentamente,
Pilar Marín Soto
""",
    R(["Erasure", "Opposition"], "pilar.marin.soto@telefonica.example", "Gonzalo", "Estévez Marín",
      representative="Pilar Marín Soto"))

add("es-29-por-que-dni-selfie", "Adrián Pozo <adrian.pozo@icloud.example>",
    "¿Para qué queréis mi DNI?",
    """Hola,

Me pedís foto del DNI por las dos caras y un selfie para poder retirar 50 euros. Antes de
mandarlo quiero entender para qué exactamente lo usáis, si lo compartís con alguien
(¿Dirección General de Ordenación del Juego? ¿un proveedor de verificación?) y cuánto tiempo
lo vais a tener guardado después de verificarme.

Gracias,
Adrián
""",
    R(["Information"], "adrian.pozo@icloud.example", "Adrián", "Pozo"))

add("es-30-acceso-ips-qp", "Begoña Sáez de Urabain <bsaezdeurabain@euskalnet.example>",
    "Solicitud de información personal - Rueda",
    """Buenos días:

Solicito que me remitan todos los datos de carácter personal que conservan sobre mí en
relación con mi cuenta de Rueda, incluidos los inicios de sesión, direcciones IP,
dispositivos asociados y métodos de pago.

Muchas gracias.
Begoña Sáez de Urabain
""",
    R(["Access"], "bsaezdeurabain@euskalnet.example", "Begoña", "Sáez de Urabain"),
    ct=LATIN1, encode="latin-1-qp")

# ---------------------------------------------------------------- tasks
add("es-31-contrato-telematica", "Lorena Vázquez <lorena.vazquez@acme-corp.example>",
    "Contrato encargado tratamiento - proveedor telemática patinetes",
    """Hola, equipo de Protección de Datos:

Vamos a firmar con VoltTrack Solutions el servicio de telemática para la nueva flota de
patinetes (localización, estado de batería, alertas de caída). Nos han mandado su modelo de
contrato de encargado del tratamiento y las cláusulas de subencargados.

¿Podéis revisarlo antes del 25? Os lo dejo en la carpeta compartida de Compras > 2026 >
VoltTrack.

Gracias,
Lorena Vázquez
Responsable de Compras - Rueda
""",
    TASK("lorena.vazquez@acme-corp.example", "Lorena", "Vázquez"))

add("es-32-eipd-transcripcion-ia", "Óscar Lamas <oscar.lamas@acme-corp.example>",
    "EIPD transcripción automática del buzón de voz del podcast",
    """Buenas,

En la redacción queremos empezar a usar una herramienta de IA para transcribir los mensajes
de voz que los oyentes dejan en el contestador del podcast y sacar citas para los
programas. Nos han dicho desde Sistemas que antes hay que hacer la evaluación de impacto.

¿Quién de vosotros lo puede llevar y qué información necesitáis de nosotros?

Óscar Lamas
Jefe de Audio y Podcast
""",
    TASK("oscar.lamas@acme-corp.example", "Óscar", "Lamas"))

add("es-33-registro-actividades-fidelizacion", "Fernando Alcázar <fernando.alcazar@acme-corp.example>",
    "Alta en el RAT del programa de puntos",
    """Hola,

El 1 de diciembre lanzamos "Rueda Millas", el programa de puntos por viaje. Legal me dice
que hay que darlo de alta en el registro de actividades de tratamiento. Os paso la ficha
con finalidades, categorías de datos y plazos; decidme si falta algo.

Un saludo,
Fernando Alcázar
Product Owner Fidelización
""",
    TASK("fernando.alcazar@acme-corp.example", "Fernando", "Alcázar"))

add("es-34-formacion-call-center", "Rocío Carmona <rocio.carmona@acme-corp.example>",
    "Formación RGPD para el call center de Sevilla",
    """Hola chicos,

Tenemos 14 agentes nuevos en el call center de Sevilla que atienden a clientes de LuckyLine
y de Rueda. ¿Podríais darles una sesión de formación en protección de datos (qué se puede
decir por teléfono, verificación de identidad, qué hacer si alguien pide sus datos)?

Nos vendría bien la semana del 30 de noviembre, por la mañana.

Rocío Carmona
Coordinadora de Operaciones
""",
    TASK("rocio.carmona@acme-corp.example", "Rocío", "Carmona"))

add("es-35-cuestionario-proveedor-banco", "Andrés Ugarte <andres.ugarte@acme-corp.example>",
    "URGENTE cuestionario de seguridad y privacidad - Banco Cantábrico",
    """Buenos días,

El Banco Cantábrico, con el que estamos cerrando el acuerdo de pagos para LuckyLine, nos ha
enviado su cuestionario de proveedores (62 preguntas sobre protección de datos, medidas de
seguridad, transferencias internacionales, brechas...). Lo necesitan firmado el viernes.

Os lo reenvío en Excel. ¿Podéis completar la parte de privacidad?

Gracias de antemano,

Andrés Ugarte
Key Account Manager | Pagos y Alianzas
Tel. +34 600 000 111
""",
    TASK("andres.ugarte@acme-corp.example", "Andrés", "Ugarte"))

# ---------------------------------------------------------------- incidents
add("es-36-portatil-ave", "Jaime Olmedo <jaime.olmedo@acme-corp.example>",
    "Me he dejado el portátil en el AVE",
    """Hola,

Esta mañana me he dejado el portátil del trabajo en el AVE Madrid-Valencia (llegada 9:40,
coche 6). Ya he llamado a objetos perdidos de Renfe y no aparece.

En el disco tenía descargado el listado de suscriptores del periódico de la provincia de
Castellón (nombre, dirección, teléfono, IBAN) para la campaña de renovación. El equipo
tiene contraseña pero no sé si el disco está cifrado.

¿Qué tengo que hacer?

Jaime Olmedo
Marketing Suscripciones
""",
    INC("jaime.olmedo@acme-corp.example", "Jaime", "Olmedo"))

add("es-37-excel-ganadores-cc", "Verónica Salas <veronica.salas@acme-corp.example>",
    "Error en envío - Excel de ganadores",
    """Hola,

Hace media hora he enviado el Excel con los ganadores del sorteo de octubre (nombres, DNI,
importes y teléfonos) a la lista "colaboradores-puntos-venta", que tiene unas 300
direcciones de estancos y administraciones, en vez de a contabilidad. Además iba en CC, no
en CCO.

He pedido la recuperación del mensaje pero Outlook dice que ha fallado en la mayoría.

Perdón. Decidme cómo lo gestionamos.

Verónica Salas
Operaciones Lotería - LuckyLine
""",
    INC("veronica.salas@acme-corp.example", "Verónica", "Salas"))

add("es-38-factura-de-otro", "Mercedes Alarcón <merche.alarcon@gmail.example>",
    "Me ha llegado el recibo de otra persona",
    """Hola,

Hoy me ha llegado a mi correo un recibo de Rueda que no es mío: viene a nombre de un tal
Francisco J. Lorenzo, con su recorrido completo (desde una dirección de Alcobendas hasta un
hospital), la matrícula del coche y los últimos cuatro números de su tarjeta.

Yo no tengo nada que ver con esta persona. Os lo comunico porque me parece un fallo serio;
voy a borrar el correo.

Mercedes Alarcón
""",
    INC("merche.alarcon@gmail.example", "Mercedes", "Alarcón"))

add("es-39-veo-cuenta-ajena", "Hugo Cifuentes <hugocif@yahoo.example>",
    "Veo las apuestas de otro usuario!!",
    """Esto es muy fuerte. He entrado en la app de LuckyLine y en "Mis apuestas" me salen
apuestas que no son mías, con otro nombre de usuario (marisa_77), su saldo y los últimos
cuatro dígitos de una tarjeta. He cerrado sesión, he vuelto a entrar y sigue igual.

Os mando capturas si las necesitáis. Arreglad esto porque entonces mis datos también los
puede estar viendo cualquiera.

Hugo Cifuentes
""",
    INC("hugocif@yahoo.example", "Hugo", "Cifuentes"))

add("es-40-phishing-redaccion", "Silvia Bermejo <silvia.bermejo@acme-corp.example>",
    "creo que la he liado con un correo",
    """Hola,

Me ha llegado un correo que parecía de Sistemas, "Actualice su buzón antes de las 18:00",
he pinchado en el enlace y he metido mi usuario y contraseña. Luego me he dado cuenta de
que la dirección era rarísima.

Ya he cambiado la contraseña, pero desde mi cuenta se accede al gestor de contenidos y a la
base de datos de colaboradores y fuentes de la redacción.

Silvia Bermejo
Redactora - Sección Local
""",
    INC("silvia.bermejo@acme-corp.example", "Silvia", "Bermejo"))

# ---------------------------------------------------------------- follow-ups
add("es-41-dsr-un-mes", "Nuria Campos <nuria.campos@gmail.example>",
    "RE: [DSR-38114] Hemos recibido su solicitud",
    """Hola,

Ya ha pasado más de un mes desde vuestro acuse y sigo sin recibir nada. ¿En qué estado
está?

Nuria Campos

El 12/10/2026, a las 9:14, privacy@acme-corp.example escribió:
> Estimada Sra. Campos:
> Hemos registrado su solicitud con la referencia DSR-38114. Le responderemos en el plazo
> máximo de un mes.
> Equipo de Protección de Datos
""",
    FU("38114", "nuria.campos@gmail.example", "Nuria", "Campos"))

add("es-42-nerea-adjunta-dni", "Nerea Uriarte Goñi <nerea.uriarte@kutxa-mail.example>",
    "Re: Cierre definitivo de mi cuenta LuckyLine",
    """Hola de nuevo,

Como me pedisteis para verificar que soy yo, os adjunto el DNI escaneado. Espero el extracto
y luego el borrado.

Nerea
""",
    FU(ref("es-12-copia-y-cierre-luckyline"), "nerea.uriarte@kutxa-mail.example", "Nerea", "Uriarte Goñi"),
    headers=irt("es-12-copia-y-cierre-luckyline"))

add("es-43-rodrigo-novedades", "Rodrigo Iturbe <rodri.iturbe@euskalnet.example>",
    "Re: Vergonzoso lo del patinete",
    """¿Alguna novedad? Sigo esperando los datos del trayecto y mientras tanto me habéis pasado
el cargo de los 30 euros.
""",
    FU(ref("es-03-patinete-multa-historia"), "rodri.iturbe@euskalnet.example", "Rodrigo", "Iturbe Zabaleta"),
    headers=irt("es-03-patinete-multa-historia"))

add("es-44-dsr-poder-html", "Ignacio Serrano <ignacio.serrano@serrano-gestoria.example>",
    "Re: [DSR-40027] Documentación pendiente",
    html("Buenos días,",
         "Les remito, tal y como solicitaron, la autorización firmada por mi padre para "
         "tramitar en su nombre la solicitud de referencia DSR-40027.",
         "Quedo a su disposición.",
         "Ignacio Serrano<br>Gestoría Serrano<br>Tel. 976 000 000"),
    FU("40027", "ignacio.serrano@serrano-gestoria.example", "Ignacio", "Serrano"), ct=HTML)

# ---------------------------------------------------------------- ignored
add("es-45-spam-borrado-datos", "Protección Total RGPD <info@borra-tus-datos.example>",
    "Sus datos personales están expuestos en 214 webs - elimínelos hoy",
    """Estimado usuario:

Hemos detectado que su nombre, teléfono y dirección aparecen en 214 bases de datos de
brokers y webs de terceros. Con PROTECCIÓN TOTAL solicitamos por usted la supresión de sus
datos personales en todas ellas, amparados en el RGPD.

OFERTA BLACK FRIDAY: 12 meses de protección por solo 9,90 €/mes.
Active ahora su protección: http://borra-tus-datos.example/activar

Si no desea recibir más comunicaciones, ignore este mensaje.
""",
    IGN("spam", "info@borra-tus-datos.example"), headers=SPAM_HDR)

add("es-46-phishing-cuenta", "Servicio de Seguridad <seguridad@acme-corp.example>",
    "Acción requerida: su cuenta será suspendida en 24h",
    """Estimado cliente,

Por motivos de seguridad y de protección de sus datos, su cuenta ha sido bloqueada
temporalmente. Para evitar la suspensión definitiva verifique su identidad y sus datos de
pago en el siguiente enlace:

http://acme-corp-verificacion.example/login

Atentamente,
Departamento de Seguridad
""",
    IGN("spam", "seguridad@acme-corp.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp.example")])

add("es-47-spam-seo", "Marcos | Agencia SEO <marcos@posiciona-ya.example>",
    "Primera página de Google en 30 días",
    """Hola, ¿qué tal?

He estado revisando la web de vuestro periódico y he visto que podríais estar consiguiendo
un 300% más de tráfico orgánico. Trabajamos con medios de comunicación de toda España.

¿Te viene bien una llamada de 15 minutos esta semana?

Un saludo,
Marcos
""",
    IGN("spam", "marcos@posiciona-ya.example"))

add("es-48-fuera-oficina", "Alicia Montes <alicia.montes@proveedor-grafico.example>",
    "Respuesta automática: Actualización de datos de proveedores",
    """Gracias por su mensaje. Estoy fuera de la oficina hasta el 23 de noviembre con acceso
limitado al correo. Para asuntos urgentes contacte con administracion@proveedor-grafico.example.

Alicia Montes
""",
    IGN("auto_reply", "alicia.montes@proveedor-grafico.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("es-49-boletin-proteccion-datos", "Boletín Privacidad Hoy <boletin@privacidadhoy.example>",
    "Privacidad Hoy nº 212: nuevas guías de la AEPD sobre IA y sanciones de octubre",
    """PRIVACIDAD HOY - Boletín semanal

- La AEPD publica su guía sobre tratamientos que incorporan IA.
- Resumen de sanciones de octubre: 2,3 millones en multas.
- Webinar: el derecho de acceso en la práctica (inscripción gratuita).

Recibe este boletín porque se suscribió en privacidadhoy.example.
Darse de baja: https://privacidadhoy.example/baja
""",
    IGN("bulk", "boletin@privacidadhoy.example"),
    headers=["List-Id: Privacidad Hoy <boletin.privacidadhoy.example>",
             "List-Unsubscribe: <https://privacidadhoy.example/baja>",
             "Precedence: bulk"])

add("es-50-rebote", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
